import Foundation
import Testing
@testable import BantinCore

@Suite("Unicode normalization in pieces")
struct UnicodeNormalizationTests {
    /// Composed and decomposed Vietnamese, a mark after every kind of cut, old and new tone
    /// placement, Greek and Hangul (which have no cut), long enough to make many pieces.
    static let text: String = {
        let sample = "Đạ Đờn hoà thuỷ Hòa Thủy xoá 6.003 buổi, 86,1% " + "Lâm Hà".decomposedStringWithCanonicalMapping
            + " a\u{301}\u{323} ư\u{309} ά ᾅ 한국어 " + "한국어".decomposedStringWithCanonicalMapping + "\n"
        return String(repeating: sample, count: 400)
    }()

    @Test func decomposingInPiecesIsDecomposingTheWhole() {
        #expect(Self.text.utf8.count > UnicodeNormalization.piece * 10)
        #expect(Array(UnicodeNormalization.nfd(Self.text).unicodeScalars) == Array(Self.text.decomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func composingInPiecesIsComposingTheWhole() {
        let decomposed = Self.text.decomposedStringWithCanonicalMapping
        #expect(Array(UnicodeNormalization.nfc(decomposed).unicodeScalars) == Array(Self.text.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Array(UnicodeNormalization.nfc(Self.text).unicodeScalars) == Array(Self.text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func aShortTextIsOnePiece() {
        #expect(Array(UnicodeNormalization.nfd("Đạ").unicodeScalars) == ["Đ", "a", "\u{323}"])
        #expect(UnicodeNormalization.nfc("a\u{323}\u{302}") == "ậ")
    }

    @Test func piecesAreCutOnlyBeforeLatinScalars() {
        #expect(UnicodeNormalization.isCut("a"))
        #expect(UnicodeNormalization.isCut("đ"))
        #expect(UnicodeNormalization.isCut("ậ"))
        #expect(!UnicodeNormalization.isCut("\u{301}"))
        #expect(!UnicodeNormalization.isCut("\u{1161}"))
    }
}
