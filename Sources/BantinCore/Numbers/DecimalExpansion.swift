/// The shortest decimal digits of a Double, rounded in decimal rather than in binary.
///
/// Rounding `x * 10^n` in floating point turns 1.005 into 1.00 and breaks past 2^53;
/// rounding the shortest round-trip digits (what `description` prints, independent of
/// locale) gives the answer an author expects and stays exact for any finite value.
struct DecimalExpansion: Equatable, Sendable {
    /// Significant digits, most significant first, without leading zeros; empty for zero.
    var digits: [UInt8]
    /// How many of `digits` come before the decimal point (may be ≤ 0 or > count).
    var pointPosition: Int
    var isNegative: Bool

    /// Nil for infinities and NaN, which have no digits.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var text = Substring(value.magnitude.description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...].filter { $0 != "+" }) ?? 0
            text = text[..<e]
        }
        let point = text.firstIndex(of: ".")
        let integerCount = point.map { text.distance(from: text.startIndex, to: $0) } ?? text.count
        var allDigits = text.compactMap { $0.asciiValue.flatMap { $0 >= 48 && $0 <= 57 ? $0 - 48 : nil } }
        var position = integerCount + exponent
        while let first = allDigits.first, first == 0 {
            allDigits.removeFirst()
            position -= 1
        }
        while let last = allDigits.last, last == 0 { allDigits.removeLast() }
        digits = allDigits
        pointPosition = allDigits.isEmpty ? 0 : position
        isNegative = value < 0 && !allDigits.isEmpty
    }

    /// Rounds half away from zero to `fractionDigits` decimals.
    ///
    /// Returns the integer digits (at least "0"), exactly `fractionDigits` fraction
    /// digits, and whether a minus sign is due (never for a result of zero).
    func rounded(fractionDigits: Int) -> (integer: String, fraction: String, isNegative: Bool) {
        let places = max(0, fractionDigits)
        let keep = pointPosition + places
        var kept: [UInt8]
        var point = pointPosition
        if keep < 0 {
            kept = []
        } else if keep >= digits.count {
            kept = digits
        } else {
            kept = Array(digits[..<keep])
            if digits[keep] >= 5 {
                var index = kept.count - 1
                var carry = true
                while carry && index >= 0 {
                    if kept[index] == 9 {
                        kept[index] = 0
                        index -= 1
                    } else {
                        kept[index] += 1
                        carry = false
                    }
                }
                if carry {
                    kept.insert(1, at: 0)
                    point += 1
                }
            }
        }
        func digit(at index: Int) -> Character {
            let value = index >= 0 && index < kept.count ? kept[index] : 0
            return Character(Unicode.Scalar(48 + value))
        }
        var integer = point > 0 ? String((0..<point).map(digit(at:))) : "0"
        while integer.count > 1, integer.first == "0" { integer.removeFirst() }
        let fraction = String((point..<(point + places)).map(digit(at:)))
        let isZero = !kept.contains { $0 != 0 }
        return (integer, fraction, isNegative && !isZero)
    }
}
