import Testing
@testable import BantinCore

@Suite("DiagnosticFormatter")
struct DiagnosticFormatterTests {
    let formatter = DiagnosticFormatter()
    let path = "content/articles/2023/lam-ha.md"

    @Test func anErrorShowsItsLineAndAnUnderlineUnderTheColumn() {
        let diagnostic = Diagnostic.error(
            "unknown metric 'propaganda_sesions'",
            at: SourceLocation(file: path, line: 24, column: 3, length: 18, lineText: "  propaganda_sesions: 6003"),
            hint: "did you mean 'propaganda_sessions'?"
        )
        #expect(formatter.format(diagnostic) == """
            content/articles/2023/lam-ha.md:24:3: error: unknown metric 'propaganda_sesions'
               24 |   propaganda_sesions: 6003
                  |   ^~~~~~~~~~~~~~~~~~
               hint: did you mean 'propaganda_sessions'?

            """)
    }

    @Test func aPointGetsACaretAlone() {
        let diagnostic = Diagnostic.error("the article has no front matter",
                                          at: SourceLocation(file: path, line: 1, column: 1, lineText: "Chỉ có nội dung."))
        #expect(formatter.format(diagnostic) == """
            content/articles/2023/lam-ha.md:1:1: error: the article has no front matter
                1 | Chỉ có nội dung.
                  | ^

            """)
    }

    @Test func columnsCountUnicodeScalarsOfVietnameseText() {
        let diagnostic = Diagnostic.error("unknown locality 'da-donn'",
                                          at: SourceLocation(file: path, line: 4, column: 12, length: 7, lineText: "Đạ Đờn xã: da-donn"))
        #expect(formatter.format(diagnostic) ==
            "content/articles/2023/lam-ha.md:4:12: error: unknown locality 'da-donn'\n"
            + "    4 | Đạ Đờn xã: da-donn\n"
            + "      | " + String(repeating: " ", count: 11) + "^~~~~~~\n")
    }

    @Test func aTabBeforeTheColumnStaysATabSoTheCaretLinesUp() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 2, column: 3, length: 2, lineText: "\t\tab"))
        #expect(formatter.format(diagnostic) == "a.md:2:3: error: x\n    2 | \t\tab\n      | \t\t^~\n")
    }

    @Test func theUnderlineStopsAtTheEndOfTheLine() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 1, column: 4, length: 50, lineText: "abcdef"))
        #expect(formatter.format(diagnostic) == "a.md:1:4: error: x\n    1 | abcdef\n      |    ^~~\n")
    }

    @Test func aLongLineNumberWidensTheGutter() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 123456, column: 1, lineText: "y"))
        #expect(formatter.format(diagnostic) == "a.md:123456:1: error: x\n123456 | y\n       | ^\n")
    }

    @Test func withoutTheLineTextOnlyTheHeaderIsShown() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 3, column: 2), hint: "do y")
        #expect(formatter.format(diagnostic) == "a.md:3:2: error: x\n   hint: do y\n")
    }

    @Test func aProblemOfNoFileHasNoPosition() {
        let diagnostic = Diagnostic.error("site.yaml is missing", at: nil, hint: "every site has site.yaml; see docs/content-format.md")
        #expect(formatter.format(diagnostic) == """
            error: site.yaml is missing
               hint: every site has site.yaml; see docs/content-format.md

            """)
    }

    @Test func notesWithAPlaceShowItsLineAndNotesWithoutOneAreIndented() {
        let diagnostic = Diagnostic.error(
            "'propaganda_sessions' for lam-dong/lam-ha in 2023 is 6.000 here but 6.003 elsewhere",
            at: SourceLocation(file: "content/articles/2023/b.md", line: 11, column: 3, length: 19, lineText: "  propaganda_sessions: 6000"),
            notes: [
                .init("the other value is given here",
                      at: SourceLocation(file: "content/articles/2023/a.md", line: 11, column: 3, length: 19, lineText: "  propaganda_sessions: 6003")),
                .init("24 + 173 + 1.000 = 1.197"),
            ],
            hint: "correct the wrong one"
        )
        #expect(formatter.format(diagnostic) == """
            content/articles/2023/b.md:11:3: error: 'propaganda_sessions' for lam-dong/lam-ha in 2023 is 6.000 here but 6.003 elsewhere
               11 |   propaganda_sessions: 6000
                  |   ^~~~~~~~~~~~~~~~~~~
            content/articles/2023/a.md:11:3: note: the other value is given here
               11 |   propaganda_sessions: 6003
                  |   ^~~~~~~~~~~~~~~~~~~
               note: 24 + 173 + 1.000 = 1.197
               hint: correct the wrong one

            """)
    }

    @Test func aWarningIsLabelledAsOne() {
        let diagnostic = Diagnostic.warning("x", at: SourceLocation(file: "a.md", line: 1, column: 1))
        #expect(formatter.format(diagnostic) == "a.md:1:1: warning: x\n")
    }

    @Test func colourIsOnlyAddedWhenAskedFor() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 1, column: 2, lineText: "ab"), hint: "y")
        #expect(DiagnosticFormatter(colored: true).format(diagnostic) ==
            "a.md:1:2: \u{1B}[31merror:\u{1B}[0m \u{1B}[1mx\u{1B}[0m\n    1 | ab\n      |  \u{1B}[32m^\u{1B}[0m\n   \u{1B}[36mhint:\u{1B}[0m y\n")
    }

    @Test("summary line", arguments: [
        (3, 0, true as Bool?, "3 errors; public/ was left as it was"),
        (1, 0, true, "1 error; public/ was left as it was"),
        (2, 0, false, "2 errors; nothing was written"),
        (1, 2, nil, "1 error, 2 warnings"),
        (2, 1, true, "2 errors, 1 warning; public/ was left as it was"),
        (0, 1, true, "1 warning"),
        (0, 0, nil, ""),
    ])
    func summary(errors: Int, warnings: Int, outputKept: Bool?, expected: String) {
        #expect(formatter.summary(errors: errors, warnings: warnings, outputKept: outputKept) == expected)
    }

    // MARK: Lines too long for a terminal, and characters a terminal acts on

    @Test func aHugeLineIsCutAroundTheColumn() {
        // 500.000 characters, the problem at column 300.001: sixty characters before it, and 200 in all.
        let line = String(repeating: "a", count: 300_000) + "BAD" + String(repeating: "b", count: 199_997)
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 7, column: 300_001, length: 3, lineText: line))
        #expect(formatter.format(diagnostic) == "a.md:7:300001: error: x\n"
            + "    7 | …" + String(repeating: "a", count: 60) + "BAD" + String(repeating: "b", count: 137) + "…\n"
            + "      |  " + String(repeating: " ", count: 60) + "^~~\n")
    }

    @Test func aLongLineIsCutAtItsStartAndItsEndOnlyWhereNeeded() {
        let line = String(repeating: "x", count: 250)
        let start = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 1, column: 2, lineText: line))
        #expect(formatter.format(start) == "a.md:1:2: error: x\n    1 | " + String(repeating: "x", count: 200) + "…\n      |  ^\n")
        // At the end, the window is the last 200 characters, and the caret past the end is still shown.
        let end = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 1, column: 251, lineText: line))
        #expect(formatter.format(end) == "a.md:1:251: error: x\n    1 | …" + String(repeating: "x", count: 200) + "\n      |  "
            + String(repeating: " ", count: 200) + "^\n")
        // Exactly 200 characters: shown whole.
        let whole = Diagnostic.error("x", at: SourceLocation(file: "a.md", line: 1, column: 1, length: 500, lineText: String(line.prefix(200))))
        #expect(formatter.format(whole) == "a.md:1:1: error: x\n    1 | " + String(line.prefix(200)) + "\n      | ^" + String(repeating: "~", count: 199) + "\n")
    }

    @Test func controlCharactersInTheLineAreShownEscapedAndTheCaretFollowsThem() {
        // A line that would clear the screen and print a fake all-clear, then the real problem after it.
        let line = "title: \u{1B}[2J\u{1B}[Hno problems found\u{7}\u{9B}31m x: 1"
        let diagnostic = Diagnostic.error("unknown key 'x'", at: SourceLocation(file: "a.md", line: 2, column: 38, lineText: line))
        let formatted = formatter.format(diagnostic)
        let shown = #"title: \u{1B}[2J\u{1B}[Hno problems found\u{7}\u{9B}31m x: 1"#
        #expect(formatted == "a.md:2:38: error: unknown key 'x'\n    2 | \(shown)\n      | " + String(repeating: " ", count: 56) + "^\n")
        #expect(shown.firstRange(of: "x: 1")?.lowerBound == shown.index(shown.startIndex, offsetBy: 56))
        #expect(!formatted.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func messagesNotesAndHintsEscapeControlCharactersToo() {
        let diagnostic = Diagnostic.error("unknown metric 'a\u{1B}]0;pwned\u{7}'", at: nil,
                                          notes: [.init("b\rc")], hint: "d\u{202E}e\nf")
        #expect(formatter.format(diagnostic) == #"""
            error: unknown metric 'a\u{1B}]0;pwned\u{7}'
               note: b\u{D}c
               hint: d\u{202E}e\u{A}f

            """#)
    }

    @Test func aHugeMessageKeepsItsStartAndItsEnd() {
        let value = String(repeating: "9", count: 500_000)
        let diagnostic = Diagnostic.error("'propaganda_sessions: \(value)' is too large", at: nil)
        let formatted = formatter.format(diagnostic)
        #expect(formatted == "error: '" + "propaganda_sessions: " + String(repeating: "9", count: 200 - 22) + "…"
            + String(repeating: "9", count: 99 - 14) + "' is too large\n")
        #expect(formatted.unicodeScalars.count == "error: ".count + 300 + 1)
    }
}
