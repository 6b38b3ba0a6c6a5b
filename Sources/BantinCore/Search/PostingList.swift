/// A sorted list of places (articles, or the places of another list) as short text, whichever
/// of three forms is shortest, written in the 64 characters of `digits`, which JSON and URLs
/// leave alone.
///
/// - Gaps: the first place, then each place less the one before less one, in base 32, most
///   significant digit first; a digit of the alphabet's upper half says that more follow
///   ("A" is 0, "BA" is 1 then 2, "hA" is 32).
/// - "!" then the gaps of the places missing from the universe (a word in nearly every article).
/// - "~" then a bitmap, six places a character, lowest place in the lowest bit.
///
/// A list inside another (the articles with a word in the title, or with one spelling of it,
/// among the articles with the word) is written as its places in that list (`places`), which
/// keeps it short where nearly all share it. The browser's `search.js` reads all three (`decodeList`).
public enum PostingList {
    static let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// `places` (ascending, each below `count`) as text; without `complement`, never the form
    /// with "!", for a list cut short whose universe the reader does not know.
    public static func encode(_ places: [Int32], count: Int, complement: Bool = true) -> String {
        var best = gaps(places)
        let bitmapLength = 1 + (count + 5) / 6
        if complement, count - places.count < best.count {
            var missing: [Int32] = []
            missing.reserveCapacity(count - places.count)
            var next = 0
            for place in places {
                while next < Int(place) { missing.append(Int32(next)); next += 1 }
                next = Int(place) + 1
            }
            while next < count { missing.append(Int32(next)); next += 1 }
            let other = [UInt8(ascii: "!")] + gaps(missing)
            if other.count < best.count { best = other }
        }
        if bitmapLength < best.count {
            var bits = [UInt8](repeating: 0, count: (count + 5) / 6)
            for place in places { bits[Int(place) / 6] |= 1 << UInt8(Int(place) % 6) }
            best = [UInt8(ascii: "~")] + bits.map { digits[Int($0)] }
        }
        return String(decoding: best, as: UTF8.self)
    }

    /// The places of a list written by `encode` in a universe of `count`; nil for text it cannot have written.
    public static func decode(_ text: String, count: Int) -> [Int32]? {
        var utf8 = Array(text.utf8)
        if utf8.first == UInt8(ascii: "~") {
            var places: [Int32] = []
            for (position, digit) in utf8.dropFirst().enumerated() {
                guard let value = digits.firstIndex(of: digit) else { return nil }
                for bit in 0..<6 where value & (1 << bit) != 0 { places.append(Int32(position * 6 + bit)) }
            }
            return places
        }
        let complement = utf8.first == UInt8(ascii: "!")
        if complement { utf8.removeFirst() }
        var places: [Int32] = []
        var value = 0, previous = -1
        for digit in utf8 {
            guard let index = digits.firstIndex(of: digit) else { return nil }
            value = value * 32 + index % 32
            if index < 32 {
                previous += value + 1
                places.append(Int32(previous))
                value = 0
            }
        }
        guard value == 0 else { return nil }
        guard complement else { return places }
        let missing = Set(places)
        return (0..<Int32(count)).filter { !missing.contains($0) }
    }

    /// The places in `universe` (ascending) of `subset` (ascending, each in `universe`).
    static func places(of subset: [Int32], in universe: [Int32]) -> [Int32] {
        var places: [Int32] = []
        places.reserveCapacity(subset.count)
        var position = 0
        for number in subset {
            while universe[position] < number { position += 1 }
            places.append(Int32(position))
        }
        return places
    }

    private static func gaps(_ places: [Int32]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(places.count * 2)
        var previous = -1
        var scratch: [UInt8] = []
        for place in places {
            var gap = Int(place) - previous - 1
            previous = Int(place)
            scratch.removeAll(keepingCapacity: true)
            scratch.append(digits[gap % 32])
            gap /= 32
            while gap > 0 {
                scratch.append(digits[32 + gap % 32])
                gap /= 32
            }
            bytes.append(contentsOf: scratch.reversed())
        }
        return bytes
    }
}
