import Foundation
import Testing
@testable import BantinMarkdown

@Suite("Whitespace")
struct WhitespaceTests {
    /// Spaces, tabs and other space separators go from both ends; line breaks and inner spaces stay.
    @Test(arguments: [
        (" \t Lâm Hà \u{00A0}\u{3000}", "Lâm Hà"), ("\u{2003}đã\u{202F}xong ", "đã\u{202F}xong"),
        ("   ", ""), ("", ""), ("\nx\n", "\nx\n"), ("a", "a"), ("\u{200B}x\u{200B}", "x"),
        // The space goes even from under a combining mark, as Foundation takes it away.
        (" \u{301}x", "\u{301}x"), ("x \u{301}", "x \u{301}"), ("\u{1F600} ", "\u{1F600}"),
    ])
    func trimsSpacesAtTheEnds(text: String, trimmed: String) {
        #expect(Whitespace.trimming(text, where: Whitespace.isSpace).unicodeScalars.elementsEqual(trimmed.unicodeScalars))
    }

    @Test(arguments: [("\r\n Lâm Hà\u{2028}\u{85}\n", "Lâm Hà"), ("\u{0B}\u{0C}x\r", "x"), ("\n \n", "")])
    func trimsSpacesAndLineBreaksAtTheEnds(text: String, trimmed: String) {
        #expect(Whitespace.trimming(text, where: Whitespace.isSpaceOrNewline) == trimmed)
    }

    @Test func countsTheCharactersFoundationCounts() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Whitespace.isSpace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
            #expect(Whitespace.isSpaceOrNewline(scalar) == CharacterSet.whitespacesAndNewlines.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }
}
