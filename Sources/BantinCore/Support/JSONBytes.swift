/// JSON strings and numbers appended as UTF-8 bytes, exactly as Foundation's JSONEncoder
/// writes them with `.withoutEscapingSlashes`.
///
/// The open data and the search index are hundreds of thousands of rows of one fixed shape:
/// a JSONEncoder per row spent most of their time boxing values, not writing them. What
/// JSONEncoder does, found by experiment and in its source (swift-foundation's JSONWriter):
/// `"` and `\` get a backslash; \b \t \n \f \r their short escapes; every other byte below
/// 0x20 is `\u00XX` in lower-case hex; DEL, `/`, U+2028, U+2029 and all non-ASCII text stay
/// as they are. A Double is its `description` without a final ".0" (6003, 86.1, 1e-07, 1e+16,
/// -0), and one that is not finite cannot be encoded at all.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Text written as it is: punctuation, or a key already quoted.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `string` quoted and escaped. With `closingTags`, every "</" is written "<\/" so that
    /// no text can close the script element the JSON sits in.
    mutating func string(_ string: String, closingTags: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                // The letter after the backslash; 0 for the \u00XX form.
                let letter: UInt8
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): letter = byte
                case UInt8(ascii: "/") where closingTags && index > 0 && utf8[index - 1] == UInt8(ascii: "<"): letter = byte
                case 0x08: letter = UInt8(ascii: "b")
                case 0x09: letter = UInt8(ascii: "t")
                case 0x0A: letter = UInt8(ascii: "n")
                case 0x0C: letter = UInt8(ascii: "f")
                case 0x0D: letter = UInt8(ascii: "r")
                case ..<0x20: letter = 0
                default:
                    index += 1
                    continue
                }
                if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
                if letter != 0 {
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), letter])
                } else {
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex(byte >> 4), Self.hex(byte & 0xF)])
                }
                index += 1
                start = index
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `value` and returns true, or writes nothing and returns false when it is not
    /// finite: JSONEncoder throws on NaN and the infinities.
    mutating func number(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        // Below 2^53 a whole number's shortest form is the integer itself, which `description`
        // writes in plain digits, and printing an integer is much cheaper. -0 keeps its sign.
        if value.rounded(.towardZero) == value, abs(value) < 9_007_199_254_740_992, value != 0 || value.sign == .plus {
            bytes.append(contentsOf: String(Int64(value)).utf8)
            return true
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    /// A digit in lower-case hex, as JSONEncoder writes control characters.
    private static func hex(_ digit: UInt8) -> UInt8 {
        digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
    }
}
