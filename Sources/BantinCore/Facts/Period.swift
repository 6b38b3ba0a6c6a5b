import BantinMarkdown

/// The time a figure covers: a year (`2024`), a range of years (`2014-2023`) or a month (`2024-05`).
public enum Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    case year(Int)
    case years(Int, Int)
    case month(Int, Int)

    /// What a period may be, for hints: its forms and its years (those of `ArticleDate.years`).
    public static let hint = "write a year (2024), a range of years (2014-2023) or a month (2024-05), in the years \(ArticleDate.years.lowerBound) to \(ArticleDate.years.upperBound)"

    public static func parse(_ text: String) -> Period? {
        let trimmed = Whitespace.trimming(text, where: Whitespace.isSpace)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map { Whitespace.trimming(String($0), where: Whitespace.isSpace) }
        func year(_ s: String) -> Int? {
            guard s.count == 4, s.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(s), ArticleDate.years.contains(y) else { return nil }
            return y
        }
        switch parts.count {
        case 1:
            return year(parts[0]).map(Period.year)
        case 2:
            guard let first = year(parts[0]) else { return nil }
            if parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
                return .month(first, month)
            }
            if let last = year(parts[1]), last > first { return .years(first, last) }
            return nil
        default:
            return nil
        }
    }

    /// As written in the content: `2024`, `2014-2023`, `2024-05`; also the id in URLs and data.
    public var description: String {
        switch self {
        case .year(let y): return String(y)
        case .years(let a, let b): return "\(a)-\(b)"
        case .month(let y, let m): return "\(y)-\(m < 10 ? "0" : "")\(m)"
        }
    }

    /// As shown to readers: `2024`, `2014–2023`, `05/2024`.
    public var display: String {
        switch self {
        case .year(let y): return String(y)
        case .years(let a, let b): return "\(a)–\(b)"
        case .month(let y, let m): return "\(m < 10 ? "0" : "")\(m)/\(y)"
        }
    }

    /// The last year the period touches, then its length: later and shorter periods sort last.
    private var sortKey: (Int, Int, Int) {
        switch self {
        case .year(let y): return (y, 13, 0)
        case .years(let a, let b): return (b, 13, -(b - a))
        case .month(let y, let m): return (y, m, 0)
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        lhs.sortKey < rhs.sortKey
    }
}
