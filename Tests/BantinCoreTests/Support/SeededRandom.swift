/// Random numbers from a fixed seed (SplitMix64), and the awkward text and numbers that
/// comparisons with JSONEncoder are made of.
///
/// Seeded, so that a failing comparison fails again the same way on the next run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Pieces text is made of: every byte JSON escapes, markup, Vietnamese, emoji, and the
    /// characters that are one byte in UTF-8 but part of a larger character.
    static let pieces: [String] = (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) } + [
        "\"", "\\", "/", "//", "\u{7F}", "</", "</script>", "<", "<\\/", "\\\"", "\r\n", ",", ";", "=",
        "Lâm Hà", "Đạ Đờn", "Tỉnh Lâm Đồng", "Huyện", "ước tính", "phường", "Nguyễn Thị Ánh",
        "e\u{301}", ",\u{301}", "\"\u{301}", "\u{600},", "\u{2028}", "\u{2029}", "\u{85}", "\u{A0}", "\u{FEFF}",
        "\u{FFFD}", "\u{FFFF}", "😀", "👨‍👩‍👧", "🇻🇳", "€", "𝄞", "a", "Z", "_", "0", "9", " ", "  ", "", "86,1", "6.003",
        "https://example.org/a?b=c&d=e", "&amp;", "'", "`", "{", "}", "[", "]", ":", "%",
    ]

    /// Up to `pieces` of the pieces above, joined.
    mutating func text(pieces count: Int = 12) -> String {
        (0..<Int.random(in: 0...count, using: &self)).map { _ in Self.pieces.randomElement(using: &self)! }.joined()
    }

    /// A finite number of any magnitude: whole numbers, decimals, powers of ten, any bit pattern.
    mutating func double() -> Double {
        let sign: Double = Bool.random(using: &self) ? 1 : -1
        switch Int.random(in: 0..<8, using: &self) {
        case 0: return sign * Double(UInt64.random(in: 0...1_000_000, using: &self))
        case 1: return sign * Double(UInt64.random(in: 0...UInt64.max, using: &self) >> UInt64.random(in: 0...63, using: &self))
        case 2: return sign * Double(Int.random(in: 0...99_999, using: &self)) / 10 // 86.1, 6003.5
        case 3: return sign * Double(Int.random(in: 1...9999, using: &self)) * pow10(Int.random(in: -30...30, using: &self))
        case 4: return sign * Double.random(in: 0..<1, using: &self) * pow10(Int.random(in: -325...308, using: &self))
        case 5:
            let value = Double(bitPattern: next())
            return value.isFinite ? value : 0
        case 6: return sign * Double(Int.random(in: 0...3, using: &self)) * 0.1 + Double(Int.random(in: 0...3, using: &self)) * 0.2
        default:
            // Around the places where printing changes: 2^53, 1e16, 1e21, 1e-4, 1e-7.
            let edges: [Double] = [9_007_199_254_740_992, 1e16, 1e21, 1e-4, 1e-7, 1e15, 1e17]
            let edge = edges.randomElement(using: &self)!
            return sign * edge * (1 + Double(Int.random(in: -3...3, using: &self)) * Double.ulpOfOne)
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
