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
    ///
    /// Reads `description` ("6003.0", "1e-05", "1.5e+20") on its bytes: every figure of every
    /// page and chart is printed through here.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var allDigits: [UInt8] = []
        allDigits.reserveCapacity(17)
        var point: Int?
        var mantissaCount = 0
        var exponent = 0
        var text = value.magnitude.description
        text.withUTF8 { bytes in
            while mantissaCount < bytes.count {
                let byte = bytes[mantissaCount]
                if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    let written = bytes[(mantissaCount + 1)...].filter { $0 != UInt8(ascii: "+") }
                    exponent = Int(String(decoding: written, as: UTF8.self)) ?? 0
                    break
                }
                if byte == UInt8(ascii: "."), point == nil { point = mantissaCount }
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { allDigits.append(byte - UInt8(ascii: "0")) }
                mantissaCount += 1
            }
        }
        let leadingZeros = allDigits.firstIndex { $0 != 0 } ?? allDigits.count
        let end = (allDigits.lastIndex { $0 != 0 } ?? -1) + 1
        digits = leadingZeros < end ? Array(allDigits[leadingZeros..<end]) : []
        pointPosition = digits.isEmpty ? 0 : (point ?? mantissaCount) + exponent - leadingZeros
        isNegative = value < 0 && !digits.isEmpty
    }

    /// The same digits with the point moved `exponent` places to the right: times 10^exponent, exactly.
    func shifted(by exponent: Int) -> DecimalExpansion {
        var shifted = self
        if !digits.isEmpty { shifted.pointPosition += exponent }
        return shifted
    }

    /// The Double nearest to these digits, read back as Swift reads a literal (correctly rounded).
    var value: Double {
        guard !digits.isEmpty else { return 0 }
        let text = (isNegative ? "-0." : "0.") + String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self) + "e" + String(pointPosition)
        return Double(text) ?? .nan
    }

    /// How many digits the number takes written out in full, with `fractionDigits` decimals:
    /// its integer digits (none for 0,5) and the decimals. 6003 → 4; 0,05 with 2 → 2; 86,10 with 2 → 4.
    func digitCount(fractionDigits: Int) -> Int {
        max(0, pointPosition) + max(0, fractionDigits, digits.count - pointPosition)
    }

    /// Plain notation for machines, no exponent and no trailing zeros: "74200000000", "86.1", "0.0000001", "-5".
    var plain: String {
        guard !digits.isEmpty else { return "0" }
        let (integer, fraction, negative) = rounded(fractionDigits: max(0, digits.count - pointPosition))
        return (negative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
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
        func written(_ range: Range<Int>) -> String {
            String(decoding: range.map { index in UInt8(ascii: "0") + (index >= 0 && index < kept.count ? kept[index] : 0) }, as: UTF8.self)
        }
        var integer = point > 0 ? written(0..<point) : "0"
        while integer.utf8.count > 1, integer.utf8.first == UInt8(ascii: "0") { integer.removeFirst() }
        let fraction = written(point..<(point + places))
        let isZero = !kept.contains { $0 != 0 }
        return (integer, fraction, isNegative && !isZero)
    }
}
