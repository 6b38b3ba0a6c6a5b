import Testing
@testable import BantinCore

@Suite("DiagnosticFormatter")
struct DiagnosticFormatterTests {
    let formatter = DiagnosticFormatter()
    let path = "content/articles/2023/lam-ha.md"

    /// Formats with `lines` ("file:line" → text) as the files' lines: a location holds no text.
    private func format(lines: [String: String], colored: Bool = false, _ diagnostic: Diagnostic) -> String {
        DiagnosticFormatter(colored: colored, lines: { number, file in lines["\(file):\(number)"] }).format(diagnostic)
    }

    @Test func anErrorShowsItsLineAndAnUnderlineUnderTheColumn() {
        let diagnostic = Diagnostic.error(.unknownMetric,
            "unknown metric 'propaganda_sesions'",
            at: SourceLocation(file: path, line: 24, column: 3, length: 18),
            hint: "did you mean 'propaganda_sessions'?"
        )
        #expect(format(lines: [path + ":24": "  propaganda_sesions: 6003"], diagnostic) == """
            content/articles/2023/lam-ha.md:24:3: error: unknown metric 'propaganda_sesions' [unknown-metric]
               24 |   propaganda_sesions: 6003
                  |   ^~~~~~~~~~~~~~~~~~
               hint: did you mean 'propaganda_sessions'?

            """)
    }

    @Test func aPointGetsACaretAlone() {
        let diagnostic = Diagnostic.error(.noFrontMatter, "the article has no front matter",
                                          at: SourceLocation(file: path, line: 1, column: 1))
        #expect(format(lines: [path + ":1": "Chỉ có nội dung."], diagnostic) == """
            content/articles/2023/lam-ha.md:1:1: error: the article has no front matter [no-front-matter]
                1 | Chỉ có nội dung.
                  | ^

            """)
    }

    @Test func columnsCountUnicodeScalarsOfVietnameseText() {
        let diagnostic = Diagnostic.error(.unknownLocality, "unknown locality 'da-donn'",
                                          at: SourceLocation(file: path, line: 4, column: 12, length: 7))
        #expect(format(lines: [path + ":4": "Đạ Đờn xã: da-donn"], diagnostic) ==
            "content/articles/2023/lam-ha.md:4:12: error: unknown locality 'da-donn' [unknown-locality]\n"
            + "    4 | Đạ Đờn xã: da-donn\n"
            + "      | " + String(repeating: " ", count: 11) + "^~~~~~~\n")
    }

    @Test func aTabBeforeTheColumnStaysATabSoTheCaretLinesUp() {
        let diagnostic = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 2, column: 3, length: 2))
        #expect(format(lines: ["a.md:2": "\t\tab"], diagnostic) == "a.md:2:3: error: x [yaml-syntax]\n    2 | \t\tab\n      | \t\t^~\n")
    }

    @Test func theUnderlineStopsAtTheEndOfTheLine() {
        let diagnostic = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 4, length: 50))
        #expect(format(lines: ["a.md:1": "abcdef"], diagnostic) == "a.md:1:4: error: x [yaml-syntax]\n    1 | abcdef\n      |    ^~~\n")
    }

    @Test func aLongLineNumberWidensTheGutter() {
        let diagnostic = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 123456, column: 1))
        #expect(format(lines: ["a.md:123456": "y"], diagnostic) == "a.md:123456:1: error: x [yaml-syntax]\n123456 | y\n       | ^\n")
    }

    @Test func withoutTheLineTextOnlyTheHeaderIsShown() {
        let diagnostic = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 3, column: 2), hint: "do y")
        #expect(formatter.format(diagnostic) == "a.md:3:2: error: x [yaml-syntax]\n   hint: do y\n")
    }

    @Test func aProblemOfNoFileHasNoPosition() {
        let diagnostic = Diagnostic.error(.missingFile, "site.yaml is missing", at: nil, hint: "every site has site.yaml; see docs/content-format.md")
        #expect(formatter.format(diagnostic) == """
            error: site.yaml is missing [missing-file]
               hint: every site has site.yaml; see docs/content-format.md

            """)
    }

    @Test func notesWithAPlaceShowItsLineAndNotesWithoutOneAreIndented() {
        let diagnostic = Diagnostic.error(.yamlSyntax,
            "'propaganda_sessions' for lam-dong/lam-ha in 2023 is 6.000 here but 6.003 elsewhere",
            at: SourceLocation(file: "content/articles/2023/b.md", line: 11, column: 3, length: 19),
            notes: [
                .init("the other value is given here",
                      at: SourceLocation(file: "content/articles/2023/a.md", line: 11, column: 3, length: 19)),
                .init("24 + 173 + 1.000 = 1.197"),
            ],
            hint: "correct the wrong one"
        )
        #expect(format(lines: ["content/articles/2023/b.md:11": "  propaganda_sessions: 6000", "content/articles/2023/a.md:11": "  propaganda_sessions: 6003"], diagnostic) == """
            content/articles/2023/b.md:11:3: error: 'propaganda_sessions' for lam-dong/lam-ha in 2023 is 6.000 here but 6.003 elsewhere [yaml-syntax]
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
        let diagnostic = Diagnostic.warning(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 1))
        #expect(formatter.format(diagnostic) == "a.md:1:1: warning: x [yaml-syntax]\n")
    }

    @Test func colourIsOnlyAddedWhenAskedFor() {
        let diagnostic = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 2), hint: "y")
        #expect(format(lines: ["a.md:1": "ab"], colored: true, diagnostic) ==
            "a.md:1:2: \u{1B}[31merror:\u{1B}[0m \u{1B}[1mx\u{1B}[0m \u{1B}[2m[yaml-syntax]\u{1B}[0m\n    1 | ab\n      |  \u{1B}[32m^\u{1B}[0m\n   \u{1B}[36mhint:\u{1B}[0m y\n")
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
        let diagnostic = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 7, column: 300_001, length: 3))
        #expect(format(lines: ["a.md:7": line], diagnostic) == "a.md:7:300001: error: x [yaml-syntax]\n"
            + "    7 | …" + String(repeating: "a", count: 60) + "BAD" + String(repeating: "b", count: 137) + "…\n"
            + "      |  " + String(repeating: " ", count: 60) + "^~~\n")
    }

    @Test func aLongLineIsCutAtItsStartAndItsEndOnlyWhereNeeded() {
        let line = String(repeating: "x", count: 250)
        let start = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 2))
        #expect(format(lines: ["a.md:1": line], start) == "a.md:1:2: error: x [yaml-syntax]\n    1 | " + String(repeating: "x", count: 200) + "…\n      |  ^\n")
        // At the end, the window is the last 200 characters, and the caret past the end is still shown.
        let end = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 251))
        #expect(format(lines: ["a.md:1": line], end) == "a.md:1:251: error: x [yaml-syntax]\n    1 | …" + String(repeating: "x", count: 200) + "\n      |  "
            + String(repeating: " ", count: 200) + "^\n")
        // Exactly 200 characters: shown whole.
        let whole = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 1, length: 500))
        #expect(format(lines: ["a.md:1": String(line.prefix(200))], whole) == "a.md:1:1: error: x [yaml-syntax]\n    1 | " + String(line.prefix(200)) + "\n      | ^" + String(repeating: "~", count: 199) + "\n")
    }

    @Test func controlCharactersInTheLineAreShownEscapedAndTheCaretFollowsThem() {
        // A line that would clear the screen and print a fake all-clear, then the real problem after it.
        let line = "title: \u{1B}[2J\u{1B}[Hno problems found\u{7}\u{9B}31m x: 1"
        let diagnostic = Diagnostic.error(.unknownKey, "unknown key 'x'", at: SourceLocation(file: "a.md", line: 2, column: 38))
        let formatted = format(lines: ["a.md:2": line], diagnostic)
        let shown = #"title: \u{1B}[2J\u{1B}[Hno problems found\u{7}\u{9B}31m x: 1"#
        #expect(formatted == "a.md:2:38: error: unknown key 'x' [unknown-key]\n    2 | \(shown)\n      | " + String(repeating: " ", count: 56) + "^\n")
        #expect(shown.firstRange(of: "x: 1")?.lowerBound == shown.index(shown.startIndex, offsetBy: 56))
        #expect(!formatted.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func messagesNotesAndHintsEscapeControlCharactersToo() {
        let diagnostic = Diagnostic.error(.unknownMetric, "unknown metric 'a\u{1B}]0;pwned\u{7}'", at: nil,
                                          notes: [.init("b\rc")], hint: "d\u{202E}e\nf")
        #expect(formatter.format(diagnostic) == #"""
            error: unknown metric 'a\u{1B}]0;pwned\u{7}' [unknown-metric]
               note: b\u{D}c
               hint: d\u{202E}e\u{A}f

            """#)
    }

    @Test func aHugeMessageKeepsItsStartAndItsEnd() {
        let value = String(repeating: "9", count: 500_000)
        let diagnostic = Diagnostic.error(.numberTooLarge, "'propaganda_sessions: \(value)' is too large", at: nil)
        let formatted = formatter.format(diagnostic)
        #expect(formatted == "error: '" + "propaganda_sessions: " + String(repeating: "9", count: 200 - 22) + "…"
            + String(repeating: "9", count: 99 - 14) + "' is too large [number-too-large]\n")
        #expect(formatted.unicodeScalars.count == "error: ".count + 300 + " [number-too-large]".count + 1)
    }
}
