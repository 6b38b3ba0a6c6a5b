/// Small pieces of Vietnamese shared by the sentences charts state in `<desc>`.
///
/// One place for the list joining keeps every chart's sentence consistent.
enum ChartWording {
    /// Joins items the Vietnamese way: "A", "A và B", "A, B và C".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " và " + last
    }

    /// The sentence for a chart with nothing to show.
    static func noData(_ subject: String) -> String {
        "\(subject): chưa có số liệu."
    }
}
