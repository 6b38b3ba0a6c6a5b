import Testing
@testable import BantinCore

@Suite("CSVReader")
struct CSVReaderTests {
    private func texts(_ text: String) throws -> [[String]] {
        try CSVReader.read(text).get().map { $0.fields.map(\.text) }
    }

    @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
        #expect(try texts("Tỉnh,Ghi chú\n\"Lâm Đồng, mới\",\"Nói \"\"có\"\"\"\nĐà Lạt,\"hai\r\ndòng\"\n") == [
            ["Tỉnh", "Ghi chú"], ["Lâm Đồng, mới", "Nói \"có\""], ["Đà Lạt", "hai\ndòng"],
        ])
    }

    @Test func eachRowKnowsItsLineAndEachFieldWhereItStartsAndWhetherItWasQuoted() throws {
        let rows = try CSVReader.read("a,b\n\n\"x\ny\",2\nc,\"3\"\r\n").get()
        #expect(rows.map(\.line) == [1, 3, 5])
        #expect(rows[1].fields == [CSVField(text: "x\ny", quoted: true, line: 3, column: 1), CSVField(text: "2", quoted: false, line: 4, column: 4)])
        #expect(rows[2].fields.map(\.quoted) == [false, true])
        #expect(rows[2].fields.map(\.column) == [1, 3])
    }

    @Test func emptyFieldsCount() throws {
        #expect(try texts("a,,c\n,,\n") == [["a", "", "c"], ["", "", ""]])
    }

    @Test func anUnclosedQuoteIsReportedAtItsOpeningQuote() {
        #expect(CSVReader.read("a,b\nc,\"86,1%\nd,e\n") == .failure(.unclosedQuote(line: 2, column: 3)))
    }

    @Test func textAfterAClosingQuoteIsReportedWhereItIs() {
        #expect(CSVReader.read("a,\"b\"c\n") == .failure(.textAfterQuote(line: 1, column: 6)))
    }
}
