import Testing
@testable import BantinCore

@Suite("TableCell")
struct TableCellTests {
    private func cell(_ text: String, quoted: Bool = false) -> TableCell {
        TableCell(CSVField(text: text, quoted: quoted, line: 1, column: 1))
    }

    @Test func unquotedNumbersArePlainNotationPrintedTheVietnameseWay() {
        #expect(cell("6003") == TableCell(text: "6.003", isNumber: true))
        #expect(cell(" 86.1% ") == TableCell(text: "86,1%", isNumber: true))
        #expect(cell("-1234.50") == TableCell(text: "-1.234,50", isNumber: true))
    }

    @Test func quotedNumbersAreVietnameseNotation() {
        #expect(cell("6.003", quoted: true) == TableCell(text: "6.003", isNumber: true))
        #expect(cell("86,1%", quoted: true) == TableCell(text: "86,1%", isNumber: true))
        #expect(cell("1.234,5", quoted: true) == TableCell(text: "1.234,5", isNumber: true))
    }

    @Test func anythingElseIsTextAsWritten() {
        #expect(cell("Lâm Hà") == TableCell(text: "Lâm Hà", isNumber: false))
        #expect(cell("%") == TableCell(text: "%", isNumber: false))
        #expect(cell("") == TableCell(text: "", isNumber: false))
        #expect(cell("6,003", quoted: false) == TableCell(text: "6,003", isNumber: false))
        #expect(cell("1e5") == TableCell(text: "1e5", isNumber: false))
    }
}
