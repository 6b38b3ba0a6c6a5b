import Foundation

/// Canonical normalization (NFD, NFC) that stays linear on long texts.
///
/// Foundation's normalization on Linux takes time quadratic in the length of the text (4 MB of
/// composed Vietnamese: 36 s to decompose), so a long text is normalized in pieces, each cut just
/// before a scalar that normalization never joins to what precedes it. The result is the same
/// as normalizing the whole text at once.
public enum UnicodeNormalization {
    /// Scalars per piece, at least: short enough that a piece takes microseconds.
    static let piece = 2048

    public static func nfd(_ text: String) -> String {
        inPieces(text) { $0.decomposedStringWithCanonicalMapping }
    }

    public static func nfc(_ text: String) -> String {
        inPieces(text) { $0.precomposedStringWithCanonicalMapping }
    }

    /// A scalar below U+0300 (Latin, ASCII) or a precomposed Latin letter of U+1E00–U+1EFF, where
    /// the Vietnamese letters are: a starter that decomposes to a starter first and is never the
    /// second scalar of a composition, so neither form joins it to the text before it.
    static func isCut(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x300 || (0x1E00...0x1EFF).contains(scalar.value)
    }

    private static func inPieces(_ text: String, _ normalize: (String) -> String) -> String {
        guard text.utf8.count > piece else { return normalize(text) }
        let scalars = text.unicodeScalars
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var start = scalars.startIndex
        var index = start
        var length = 0
        while index != scalars.endIndex {
            if length >= piece, isCut(scalars[index]) {
                result += normalize(String(scalars[start..<index]))
                start = index
                length = 0
            }
            length += 1
            scalars.formIndex(after: &index)
        }
        result += normalize(String(scalars[start..<scalars.endIndex]))
        return result
    }
}
