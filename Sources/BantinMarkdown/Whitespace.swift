/// Trims text exactly as Foundation's `trimmingCharacters(in: .whitespaces)` and
/// `(in: .whitespacesAndNewlines)` do: scalar by scalar, with the same characters.
///
/// Foundation on Linux copies the text to UTF-16 and back on every call, and every summary,
/// front-matter value and fact block is trimmed; text with nothing to trim is returned as it is.
public enum Whitespace {
    /// Tab and the space separators, with U+200B, which Foundation counts among them.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A space or a line break: U+000A–U+000D, U+0085, U+2028, U+2029.
    public static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isSpace(scalar)
        }
    }

    /// `text` without the scalars at either end for which `isTrimmed` is true.
    public static func trimming(_ text: String, where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isTrimmed(first) || isTrimmed(last) else { return text }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        // Through the scalar view: a trimmed space may sit under a combining mark, inside a Character.
        return String(Substring(scalars[start..<end]))
    }
}
