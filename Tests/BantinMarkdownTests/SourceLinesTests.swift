import Testing
@testable import BantinMarkdown

@Suite("SourceLines")
struct SourceLinesTests {
    /// The found position as `[line, column]`, since optional tuples cannot be compared.
    private func position(_ lines: SourceLines, _ destination: String, from start: (Int, Int)) -> [Int]? {
        lines.find(destination: destination, from: start).map { [$0.line, $0.column] }
    }

    @Test func findsADestinationAtOrAfterAPosition() {
        let lines = SourceLines("một [a](x.md)\nhai [b](x.md) [c](x.md)\n")
        #expect(position(lines, "x.md", from: (1, 1)) == [1, 9])
        #expect(position(lines, "x.md", from: (1, 10)) == [2, 9])
        #expect(position(lines, "x.md", from: (2, 10)) == [2, 19])
        #expect(position(lines, "y.md", from: (1, 1)) == nil)
        #expect(position(lines, "", from: (1, 1)) == nil)
    }

    @Test func columnsCountUnicodeScalars() {
        let lines = SourceLines("Đạ Đờn: [x](đạ-đờn.md)")
        #expect(position(lines, "đạ-đờn.md", from: (1, 1)) == [1, 13])
    }

    @Test func windowsLineEndsStillSeparateLines() {
        let lines = SourceLines("một\r\nhai [a](x.md)\r\n")
        #expect(position(lines, "x.md", from: (1, 1)) == [2, 9])
    }
}
