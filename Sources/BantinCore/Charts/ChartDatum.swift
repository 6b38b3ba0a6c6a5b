/// One labelled value of a chart: a period, a locality or a part, with an optional link.
///
/// The value keeps the digits the author wrote, so a chart label reads "86,1"
/// exactly as the article does.
public struct ChartDatum: Equatable, Hashable, Sendable {
    public var label: String
    public var value: WrittenNumber
    /// Where the label leads (a locality page); used by comparison charts and tables.
    public var href: String?

    public init(label: String, value: WrittenNumber, href: String? = nil) {
        self.label = label
        self.value = value
        self.href = href
    }

    /// A whole count, written without decimals.
    public init(label: String, value: Int, href: String? = nil) {
        self.init(label: label, value: WrittenNumber(value: Double(value), fractionDigits: 0), href: href)
    }
}
