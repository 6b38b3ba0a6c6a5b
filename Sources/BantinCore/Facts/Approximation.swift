/// How a figure was hedged in the text: "trên 2.000", "khoảng 100", "dưới 50".
public enum Approximation: String, Sendable, Hashable, CaseIterable {
    case over, about, under

    /// The Vietnamese word put before the number.
    public var word: String {
        switch self {
        case .over: return "trên"
        case .about: return "khoảng"
        case .under: return "dưới"
        }
    }
}
