import Testing
@testable import BantinCore

@Suite("SourceFile")
struct SourceFileTests {
    @Test func linesAreOneBasedWithoutTheirEnd() {
        let file = SourceFile(path: "a.md", text: "một\nhai\n\nbốn")
        #expect(file.lineCount == 4)
        #expect(file.line(1) == "một")
        #expect(file.line(2) == "hai")
        #expect(file.line(3) == "")
        #expect(file.line(4) == "bốn")
        #expect(file.line(0) == nil)
        #expect(file.line(5) == nil)
    }

    @Test func aFinalNewlineStartsAnEmptyLastLine() {
        let file = SourceFile(path: "a.md", text: "một\n")
        #expect(file.lineCount == 2)
        #expect(file.line(2) == "")
    }

    @Test func windowsLineEndsAreLinesToo() {
        let file = SourceFile(path: "a.md", text: "một\r\nhai\r\n")
        #expect(file.lineCount == 3)
        #expect(file.line(2) == "hai")
    }

    @Test func anEmptyFileHasOneEmptyLineAndALoneCarriageReturnEndsALine() {
        let empty = SourceFile(path: "a.md", text: "")
        #expect(empty.lineCount == 1)
        #expect(empty.line(1) == "")
        let old = SourceFile(path: "a.md", text: "một\rhai\r\nba\r")
        #expect(old.text == "một\nhai\r\nba\n")
        #expect(old.lineCount == 4)
        #expect([old.line(1), old.line(2), old.line(3), old.line(4)] == ["một", "hai", "ba", ""])
    }

    @Test func aLocationCarriesItsLineText() {
        let file = SourceFile(path: "a.md", text: "x\n  values: 1\n")
        #expect(file.location(line: 2, column: 3, length: 6) ==
            SourceLocation(file: "a.md", line: 2, column: 3, length: 6))
    }

    @Test func aNeedleIsFoundByScalarColumn() {
        let file = SourceFile(path: "a.md", text: "Đạ Đờn: đạ-đờn, đạ-đờn\n")
        #expect(file.location(of: "đạ-đờn", onLine: 1) ==
            SourceLocation(file: "a.md", line: 1, column: 9, length: 6))
        #expect(file.location(of: "đạ-đờn", onLine: 1, from: 10).column == 17)
        #expect(file.location(of: "không-có", onLine: 1, from: 4) ==
            SourceLocation(file: "a.md", line: 1, column: 4, length: 1))
    }

    @Test func aByteOrderMarkIsDroppedSoTheFirstColumnIsTheFirstCharacter() {
        let file = SourceFile(path: "site.yaml", text: "\u{FEFF}title: Bản tin\r\nlanguage: vi")
        #expect(file.text == "title: Bản tin\r\nlanguage: vi")
        #expect(file.line(1) == "title: Bản tin")
        // Only at the start: one further on is text, kept as it is.
        #expect(SourceFile(path: "a.md", text: "a\u{FEFF}b").text == "a\u{FEFF}b")
    }
}
