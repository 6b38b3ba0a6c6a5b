/// The two systems of administrative units a date can fall in.
///
/// On 01/07/2025 Vietnam replaced its three levels (63 provinces, 705 districts, 10,599
/// communes) with two (34 provinces, 3,321 communes). The same path or GSO code can name a
/// unit of each system, so every reference is read in the system of its date.
public enum Era: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// Province, district, commune: until 30/06/2025.
    case threeLevel = 1
    /// Province, commune: from 01/07/2025.
    case twoLevel = 2

    /// The first day of the two-level system.
    public static let changeover = ArticleDate(year: 2025, month: 7, day: 1)
    /// The last day of the three-level system.
    public static let lastThreeLevelDay = ArticleDate(year: 2025, month: 6, day: 30)

    /// The system in force on a day (the time and zone of the date do not matter).
    public init(of date: ArticleDate) {
        self = (date.year, date.month, date.day) < (2025, 7, 1) ? .threeLevel : .twoLevel
    }

    /// The system a whole period falls in; nil for a period that spans the changeover.
    public init?(of period: Period) {
        let first: (Int, Int), last: (Int, Int)
        switch period {
        case .year(let year): (first, last) = ((year, 1), (year, 12))
        case .years(let from, let to): (first, last) = ((from, 1), (to, 12))
        case .month(let year, let month): (first, last) = ((year, month), (year, month))
        }
        if last < (2025, 7) { self = .threeLevel } else if first >= (2025, 7) { self = .twoLevel } else { return nil }
    }

    public static func < (lhs: Era, rhs: Era) -> Bool { lhs.rawValue < rhs.rawValue }
}
