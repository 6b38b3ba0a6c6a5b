import Foundation

/// The search keys of Vietnamese text, made by exactly the rules of the browser's `search.js`
/// (its `tokens`), so that what the index holds is what a query looks for.
///
/// Text is decomposed (NFD and NFC input alike) and lower-cased; a dot or comma between two
/// digits is dropped ("1.010" is 1010); the syllables are the runs of letters, digits and
/// marks. Each syllable has two keys: `folded`, without any mark and with đ, Đ and their
/// look-alikes Ð (U+00D0) and Ɖ (U+0189) as d, which is what must match; and `exact`, the
/// syllable with its tone mark moved to its end and composed again, so that old and new tone
/// placement (hòa/hoà, thủy/thuỷ) are one word, which ranks the diacritics typed first.
public enum VietnameseFolding {
    public struct Token: Sendable, Equatable, CustomStringConvertible {
        public var folded: String
        public var exact: String

        public var description: String { "\(folded)/\(exact)" }
    }

    /// Letters read as d: đ and Đ, Ð/ð (U+00D0, U+00F0) and Ɖ/ɖ (U+0189, U+0256).
    static func isD(_ value: UInt32) -> Bool {
        value == 0x111 || value == 0x110 || value == 0xD0 || value == 0xF0 || value == 0x189 || value == 0x256
    }

    /// The five tone marks, as combining characters: grave, acute, tilde, hook above, dot below.
    static func isTone(_ value: UInt32) -> Bool {
        value == 0x300 || value == 0x301 || value == 0x303 || value == 0x309 || value == 0x323
    }

    /// The syllables of `text`, in order (by `VietnameseFolder`, which works a table look-up a
    /// scalar; Foundation only makes its table and composes each new exact spelling).
    public static func tokens(_ text: String) -> [Token] {
        var folder = VietnameseFolder()
        var numbers: [Int32] = []
        folder.scan(text, into: &numbers)
        return numbers.map { Token(folded: folder.folded[Int(folder.foldedOfExact[Int($0)])], exact: folder.exact[Int($0)]) }
    }

    /// The folded keys of `text` joined by spaces: "Lâm Hà, Đạ Đờn" is "lam ha da don".
    public static func fold(_ text: String) -> String {
        tokens(text).map(\.folded).joined(separator: " ")
    }
}
