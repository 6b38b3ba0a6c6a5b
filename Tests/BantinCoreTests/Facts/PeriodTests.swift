import Testing
@testable import BantinCore

@Suite("Period")
struct PeriodTests {
    @Test("parses", arguments: [
        ("2024", Period.year(2024)),
        ("2014-2023", .years(2014, 2023)),
        ("2024-05", .month(2024, 5)),
        ("2024-12", .month(2024, 12)),
        (" 2014 - 2023 ", .years(2014, 2023)),
    ])
    func parses(text: String, period: Period) {
        #expect(Period.parse(text) == period)
    }

    @Test("rejects", arguments: [
        "", "24", "20240", "2024-5", "2024-13", "2024-00", "2023-2014", "2023-2023", "1899", "2201",
        "2014-2023-2024", "năm 2024", "2024/05", "05/2024", "2024-",
    ])
    func rejects(text: String) {
        #expect(Period.parse(text) == nil)
    }

    @Test func descriptionIsAsWrittenAndDisplayIsForReaders() {
        #expect(Period.year(2024).description == "2024")
        #expect(Period.years(2014, 2023).description == "2014-2023")
        #expect(Period.month(2024, 5).description == "2024-05")
        #expect(Period.year(2024).display == "2024")
        #expect(Period.years(2014, 2023).display == "2014–2023")
        #expect(Period.month(2024, 5).display == "05/2024")
        #expect(Period.month(2024, 11).display == "11/2024")
    }

    @Test func laterPeriodsSortLast() {
        let periods: [Period] = [.year(2024), .years(2014, 2023), .month(2023, 5), .year(2023), .year(2022), .month(2023, 1)]
        #expect(periods.sorted() == [.year(2022), .month(2023, 1), .month(2023, 5), .years(2014, 2023), .year(2023), .year(2024)])
    }
}
