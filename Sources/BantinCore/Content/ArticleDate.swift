import BantinMarkdown

/// A publication date as written in front matter: a calendar day, optionally a time and zone,
/// or only a month or a year when that is all the source says.
///
/// Kept as written rather than as a `Date`, so pages show the day the author meant in
/// Vietnam's time whatever the build machine's zone, and formatting needs no locale.
/// A month or a year counts from its first day (for ordering and feeds) but is shown as
/// written, "01/2025" or "2025", so no page claims a day nobody knows.
///
/// Equality is of the date as written; order is of the moment (`epochSeconds`). The two
/// disagree: 2025-01 and 2025-01-01, or 07:00+07:00 and 00:00Z, are one moment written two
/// ways. So the type is not `Comparable`, whose sorts assume that neither earlier nor later
/// means equal: ordering code compares `epochSeconds` and breaks ties itself.
public struct ArticleDate: Sendable, Hashable {
    /// How much of the date the author knows.
    public enum Precision: Sendable, Hashable {
        case year, month, day
    }

    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Offset from UTC in minutes; +07:00 (420) when none is written.
    public var offsetMinutes: Int
    /// A day unless the author wrote only `2025-01` or `2025`.
    public var precision: Precision

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, offsetMinutes: Int = 420,
                precision: Precision = .day) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
        self.precision = precision
    }

    public enum Failure: Error, Equatable, Sendable {
        case malformed
        case notACalendarDay(String)
        /// A real day outside `years`, such as 0000-01-01 or 9999-12-31.
        case outOfRange(String)
        case badTime
    }

    /// The years a date or a period may fall in. A bulletin reports on its own time: a year
    /// such as 0000 or 9999 is a typing slip, and sorting, feeds and sitemaps assume four digits.
    public static let years = 1900...2200

    /// The accepted range as a hint says it: "between 1900-01-01 and 2200-12-31".
    public static let rangeHint = "a date lies between \(years.lowerBound)-01-01 and \(years.upperBound)-12-31"

    /// Parses `2023-05-26`, `2023-05-26T16:29`, `2023-05-26T16:29:00+07:00`, `…Z`, or with a space instead of `T`;
    /// with `partial`, also a month `2025-01` or a year `2025`.
    public static func parse(_ text: String, partial: Bool = false) -> Result<ArticleDate, Failure> {
        let scalars = Array(Whitespace.trimming(text, where: Whitespace.isSpace).unicodeScalars)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<(index + count)] {
                guard scalar.isASCII, let digit = Int(String(scalar)) else { return nil }
                value = value * 10 + digit
            }
            index += count
            return value
        }
        func expect(_ character: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = digits(4) else { return .failure(.malformed) }
        if partial, index == scalars.count, !years.contains(year) { return .failure(.outOfRange(format4(year))) }
        if partial, index == scalars.count { return .success(ArticleDate(year: year, month: 1, day: 1, precision: .year)) }
        guard expect("-"), let month = digits(2) else { return .failure(.malformed) }
        if partial, index == scalars.count {
            guard (1...12).contains(month) else { return .failure(.malformed) }
            guard years.contains(year) else { return .failure(.outOfRange(format4(year) + "-" + pad(month))) }
            return .success(ArticleDate(year: year, month: month, day: 1, precision: .month))
        }
        guard expect("-"), let day = digits(2) else { return .failure(.malformed) }
        var date = ArticleDate(year: year, month: month, day: day)
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return .failure(.notACalendarDay(format4(year) + "-" + pad(month) + "-" + pad(day)))
        }
        guard years.contains(year) else { return .failure(.outOfRange(date.isoDay)) }
        if index == scalars.count { return .success(date) }
        guard expect("T") || expect(" ") else { return .failure(.malformed) }
        guard let hour = digits(2), expect(":"), let minute = digits(2) else { return .failure(.malformed) }
        var second = 0
        if expect(":") {
            guard let s = digits(2) else { return .failure(.malformed) }
            second = s
            if expect(".") { while index < scalars.count, scalars[index].isASCII, ("0"..."9").contains(scalars[index]) { index += 1 } }
        }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.badTime) }
        date.hour = hour
        date.minute = minute
        date.second = second
        if index == scalars.count { return .success(date) }
        if expect("Z") {
            date.offsetMinutes = 0
        } else {
            let sign: Int
            if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return .failure(.malformed) }
            guard let offsetHours = digits(2) else { return .failure(.malformed) }
            _ = expect(":")
            guard let offsetMinutes = digits(2), offsetHours <= 14, offsetMinutes < 60 else { return .failure(.malformed) }
            date.offsetMinutes = sign * (offsetHours * 60 + offsetMinutes)
        }
        return index == scalars.count ? .success(date) : .failure(.malformed)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z, for ordering articles across zones.
    public var epochSeconds: Int {
        // Days from civil, after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = month
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
    }

    /// The calendar day after this one (time and zone kept).
    public var nextDay: ArticleDate {
        var next = self
        next.day += 1
        if next.day > Self.daysIn(month: month, year: year) {
            next.day = 1
            next.month += 1
            if next.month > 12 {
                next.month = 1
                next.year += 1
            }
        }
        return next
    }

    /// 26/05/2023: the way dates are written in Vietnam, from a fixed pattern; "01/2025" for a
    /// month, "2025" for a year.
    public var vietnamese: String {
        switch precision {
        case .day: return "\(pad(day))/\(pad(month))/\(format4(year))"
        case .month: return "\(pad(month))/\(format4(year))"
        case .year: return format4(year)
        }
    }

    /// The `datetime` of a `<time>` element: the full moment, or "2025-01" / "2025" as HTML allows.
    public var datetime: String {
        switch precision {
        case .day: return iso8601
        case .month: return "\(format4(year))-\(pad(month))"
        case .year: return format4(year)
        }
    }

    /// 2023-05-26T16:29:00+07:00, for feeds and structured data; a month or a year from its first day.
    public var iso8601: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let offset = abs(offsetMinutes)
        return "\(format4(year))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))\(sign)\(pad(offset / 60)):\(pad(offset % 60))"
    }

    /// 2023-05-26, for sitemaps.
    public var isoDay: String { "\(format4(year))-\(pad(month))-\(pad(day))" }
}

private func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
}

private func format4(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
