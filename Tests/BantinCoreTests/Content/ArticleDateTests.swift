import Testing
@testable import BantinCore

@Suite("ArticleDate")
struct ArticleDateTests {
    @Test("forms of a date", arguments: [
        ("2023-05-26", ArticleDate(year: 2023, month: 5, day: 26)),
        ("2023-05-26T16:29", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29)),
        ("2023-05-26T16:29:07", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29, second: 7)),
        ("2023-05-26T16:29:00+07:00", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29)),
        ("2023-05-26T16:29:00.250+07:00", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29)),
        ("2023-05-26 16:29:00Z", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29, offsetMinutes: 0)),
        ("2023-05-26T16:29:00-05:30", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29, offsetMinutes: -330)),
        ("2023-05-26T16:29+0900", ArticleDate(year: 2023, month: 5, day: 26, hour: 16, minute: 29, offsetMinutes: 540)),
        ("  2023-05-26  ", ArticleDate(year: 2023, month: 5, day: 26)),
    ])
    func parses(text: String, expected: ArticleDate) throws {
        #expect(try ArticleDate.parse(text).get() == expected)
    }

    @Test("a month or a year alone, when the source gives no day", arguments: [
        ("2025-01", ArticleDate.Precision.month, "01/2025", "2025-01", "2025-01-01T00:00:00+07:00"),
        ("2024-12", .month, "12/2024", "2024-12", "2024-12-01T00:00:00+07:00"),
        ("2025", .year, "2025", "2025", "2025-01-01T00:00:00+07:00"),
        ("2023-05-26", .day, "26/05/2023", "2023-05-26T00:00:00+07:00", "2023-05-26T00:00:00+07:00"),
    ])
    func partialDates(text: String, precision: ArticleDate.Precision, shown: String, datetime: String, feed: String) throws {
        let date = try ArticleDate.parse(text, partial: true).get()
        #expect(date.precision == precision)
        #expect(date.vietnamese == shown)
        #expect(date.datetime == datetime)
        #expect(date.iso8601 == feed)
    }

    @Test("a month or a year only where partial dates are allowed", arguments: ["2025-01", "2025", "2025-13", "2025-00", "2025-1"])
    func partialDatesRefused(text: String) {
        #expect(ArticleDate.parse(text) == .failure(.malformed))
    }

    @Test func aBadMonthAloneIsNotADate() {
        #expect(ArticleDate.parse("2025-13", partial: true) == .failure(.malformed))
        #expect(ArticleDate.parse("2025-1", partial: true) == .failure(.malformed))
    }

    @Test func aMonthSortsFromItsFirstDay() throws {
        let month = try ArticleDate.parse("2025-01", partial: true).get()
        let later = try ArticleDate.parse("2025-01-15").get()
        let earlier = try ArticleDate.parse("2024-12-31T23:00").get()
        #expect(earlier.epochSeconds < month.epochSeconds && month.epochSeconds < later.epochSeconds)
        // The month and its first day are one moment, but not one date as written.
        #expect(month.epochSeconds == ArticleDate(year: 2025, month: 1, day: 1).epochSeconds)
        #expect(month != ArticleDate(year: 2025, month: 1, day: 1))
    }

    @Test func aDateWithoutAZoneIsInVietnam() throws {
        let date = try ArticleDate.parse("2023-05-26").get()
        #expect(date.offsetMinutes == 420)
        #expect(date.iso8601 == "2023-05-26T00:00:00+07:00")
    }

    @Test("leap years", arguments: [
        ("2024-02-29", true),
        ("2000-02-29", true),
        ("2023-02-29", false),
        ("1900-02-29", false),
        ("2100-02-29", false),
    ])
    func leapYears(text: String, isDay: Bool) {
        switch ArticleDate.parse(text) {
        case .success: #expect(isDay)
        case .failure(let failure): #expect(!isDay && failure == .notACalendarDay(text))
        }
    }

    @Test("not a day of the calendar", arguments: [
        ("2024-02-31", "2024-02-31"),
        ("2023-04-31", "2023-04-31"),
        ("2023-13-01", "2023-13-01"),
        ("2023-00-10", "2023-00-10"),
        ("2023-05-00", "2023-05-00"),
        ("2023-05-32T10:00", "2023-05-32"),
    ])
    func notACalendarDay(text: String, shown: String) {
        #expect(ArticleDate.parse(text) == .failure(.notACalendarDay(shown)))
    }

    @Test("a real day outside 1900-2200", arguments: ["0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31T10:00"])
    func outOfRange(text: String) {
        #expect(ArticleDate.parse(text) == .failure(.outOfRange(String(text.prefix(10)))))
    }

    @Test("malformed", arguments: [
        "26/05/2023", "2023-5-26", "2023/05/26", "23-05-26", "", "2023-05-26T", "2023-05-26T16",
        "2023-05-26T16:29:00+7", "2023-05-26T16:29:00 +07:00", "2023-05-26x", "2023-05-26T16:29:00+15:00",
        "hôm nay",
    ])
    func malformed(text: String) {
        #expect(ArticleDate.parse(text) == .failure(.malformed))
    }

    @Test("a time that does not exist", arguments: ["2023-05-26T24:00", "2023-05-26T10:60", "2023-05-26T10:00:60"])
    func badTime(text: String) {
        #expect(ArticleDate.parse(text) == .failure(.badTime))
    }

    @Test func daysInMonth() {
        #expect((1...12).map { ArticleDate.daysIn(month: $0, year: 2023) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(ArticleDate.daysIn(month: 2, year: 2024) == 29)
    }

    @Test func formats() throws {
        let date = try ArticleDate.parse("2023-05-06T08:09:03+07:00").get()
        #expect(date.vietnamese == "06/05/2023")
        #expect(date.isoDay == "2023-05-06")
        #expect(date.iso8601 == "2023-05-06T08:09:03+07:00")
        #expect(try ArticleDate.parse("2023-05-06T08:09Z").get().iso8601 == "2023-05-06T08:09:00+00:00")
        #expect(try ArticleDate.parse("2023-05-06T08:09-05:30").get().iso8601 == "2023-05-06T08:09:00-05:30")
        #expect(ArticleDate(year: 999, month: 1, day: 2).vietnamese == "02/01/0999")
    }

    @Test func epochSecondsCountFromUTC() throws {
        #expect(ArticleDate(year: 1970, month: 1, day: 1, offsetMinutes: 0).epochSeconds == 0)
        #expect(try ArticleDate.parse("2023-05-26T16:29:00+07:00").get().epochSeconds == 1_685_093_340)
        #expect(try ArticleDate.parse("2024-02-29T00:00:00Z").get().epochSeconds == 1_709_164_800)
    }

    @Test func orderFollowsTheInstantAcrossZones() throws {
        let hanoiMorning = try ArticleDate.parse("2023-05-26T06:00:00+07:00").get() // 2023-05-25T23:00Z
        let londonMidnight = try ArticleDate.parse("2023-05-26T00:00:00Z").get()
        let newYorkEvening = try ArticleDate.parse("2023-05-25T18:30:00-05:00").get() // 2023-05-25T23:30Z
        #expect(hanoiMorning.epochSeconds < newYorkEvening.epochSeconds)
        #expect(newYorkEvening.epochSeconds < londonMidnight.epochSeconds)
        #expect([londonMidnight, newYorkEvening, hanoiMorning].sorted { $0.epochSeconds < $1.epochSeconds }
            == [hanoiMorning, newYorkEvening, londonMidnight])
    }

    @Test func nextDayRollsOverMonthsAndYears() {
        #expect(ArticleDate(year: 2024, month: 2, day: 28).nextDay == ArticleDate(year: 2024, month: 2, day: 29))
        #expect(ArticleDate(year: 2023, month: 2, day: 28).nextDay == ArticleDate(year: 2023, month: 3, day: 1))
        #expect(ArticleDate(year: 2023, month: 12, day: 31, hour: 9).nextDay == ArticleDate(year: 2024, month: 1, day: 1, hour: 9))
    }
}
