/// A sorted list of article numbers as short text, whichever of two forms is shorter.
///
/// A list is the gaps between its numbers in base 36, joined by commas ("0,2,a" is 0, 2, 12);
/// a word found in most articles is instead a bitmap of all of them, "~" then six articles a
/// character in the alphabet of `bitmapDigits` (lowest article in the lowest bit), which costs
/// a sixth of a byte an article wherever the word is common. The browser's `search.js` reads
/// both (its `decodeList`).
public enum PostingList {
    static let bitmapDigits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    static let base36 = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// `numbers` (ascending, each below `count`) as text.
    public static func encode(_ numbers: [Int32], count: Int) -> String {
        var gaps: [UInt8] = []
        gaps.reserveCapacity(numbers.count * 3)
        var previous: Int32 = 0
        for (position, number) in numbers.enumerated() {
            if position > 0 { gaps.append(UInt8(ascii: ",")) }
            appendBase36(Int(number - previous), to: &gaps)
            previous = number
        }
        let bitmapLength = 1 + (count + 5) / 6
        guard bitmapLength < gaps.count else { return String(decoding: gaps, as: UTF8.self) }
        var bits = [UInt8](repeating: 0, count: (count + 5) / 6)
        for number in numbers { bits[Int(number) / 6] |= 1 << UInt8(Int(number) % 6) }
        return "~" + String(decoding: bits.map { bitmapDigits[Int($0)] }, as: UTF8.self)
    }

    /// The numbers of a list written by `encode`; nil for text it cannot have written.
    public static func decode(_ text: String) -> [Int32]? {
        let utf8 = Array(text.utf8)
        if utf8.first == UInt8(ascii: "~") {
            var numbers: [Int32] = []
            for (position, digit) in utf8.dropFirst().enumerated() {
                guard let value = bitmapDigits.firstIndex(of: digit) else { return nil }
                for bit in 0..<6 where value & (1 << bit) != 0 { numbers.append(Int32(position * 6 + bit)) }
            }
            return numbers
        }
        guard !utf8.isEmpty else { return [] }
        var numbers: [Int32] = []
        var previous: Int32 = 0
        for gap in utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard let value = Int32(String(decoding: gap, as: UTF8.self), radix: 36), value >= 0 else { return nil }
            previous += value
            numbers.append(previous)
        }
        return numbers
    }

    private static func appendBase36(_ value: Int, to bytes: inout [UInt8]) {
        if value < 36 {
            bytes.append(base36[value])
            return
        }
        var digits: [UInt8] = []
        var rest = value
        while rest > 0 {
            digits.append(base36[rest % 36])
            rest /= 36
        }
        bytes.append(contentsOf: digits.reversed())
    }
}
