/// Scale words written after amounts, as in "74,2 tỷ đồng".
///
/// Budgets and output figures are quoted in thousands, millions or billions;
/// naming the scale once here keeps the multiplier and the word from drifting apart.
public enum NumberScale: String, CaseIterable, Sendable {
    case thousand
    case million
    case billion

    /// What one unit of this scale is worth: 1e3, 1e6 or 1e9.
    public var multiplier: Double {
        switch self {
        case .thousand: 1e3
        case .million: 1e6
        case .billion: 1e9
        }
    }

    /// The power of ten it stands for: 3, 6 or 9.
    public var exponent: Int {
        switch self {
        case .thousand: 3
        case .million: 6
        case .billion: 9
        }
    }

    /// `value` times this scale, shifted in decimal rather than multiplied in binary: 74,2 tỷ is
    /// 74200000000 exactly, where `74.2 * 1e9` may land one step beside it and print with a tail.
    public func applied(to value: Double) -> Double {
        DecimalExpansion(value).map { $0.shifted(by: exponent).value } ?? value * multiplier
    }

    /// The Vietnamese word: "nghìn", "triệu", "tỷ".
    public var word: String {
        switch self {
        case .thousand: "nghìn"
        case .million: "triệu"
        case .billion: "tỷ"
        }
    }
}
