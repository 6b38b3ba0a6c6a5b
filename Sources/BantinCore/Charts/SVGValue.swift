/// An attribute value: text, a number, or a list of numbers.
///
/// Numbers are kept as numbers until rendering so every coordinate is written the
/// same way (at most 2 decimals, no "-0"), which keeps golden files byte-stable.
public enum SVGValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral
{
    case text(String)
    case number(Double)
    /// Space-separated numbers, for `viewBox` and `points`.
    case numbers([Double])

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }

    /// The value as it goes between the quotes, before escaping.
    public var rendered: String {
        switch self {
        case .text(let text): text
        case .number(let number): Self.format(number)
        case .numbers(let numbers): numbers.map(Self.format).joined(separator: " ")
        }
    }

    /// Writes a number with at most 2 decimals, trailing zeros trimmed: 12.5 → "12.5", -0.001 → "0".
    ///
    /// Rounds the shortest decimal half away from zero, like the text formatter, so the
    /// same geometry always prints the same bytes. Non-finite values print as "0".
    public static func format(_ number: Double) -> String {
        // Charts write thousands of coordinates. Below a million, rounding the binary value
        // gives the same answer as rounding the shortest decimal unless the hundredths sit
        // within 1e-6 of a tie (the two differ by under 1e-7 there), so only ties take the slow way.
        let magnitude = number.magnitude
        if magnitude < 1e6 {
            let scaled = magnitude * 100
            let whole = scaled.rounded(.down)
            let fraction = scaled - whole
            if abs(fraction - 0.5) > 1e-6 {
                let hundredths = Int(whole) + (fraction > 0.5 ? 1 : 0)
                if hundredths == 0 { return "0" }
                let sign = number < 0 ? "-" : ""
                let integer = hundredths / 100, cents = hundredths % 100
                if cents == 0 { return sign + String(integer) }
                if cents % 10 == 0 { return sign + String(integer) + "." + String(cents / 10) }
                return sign + String(integer) + (cents < 10 ? ".0" : ".") + String(cents)
            }
        }
        return formatExactly(number)
    }

    /// `format` by way of the shortest decimal digits, for any value.
    static func formatExactly(_ number: Double) -> String {
        guard let expansion = DecimalExpansion(number) else { return "0" }
        let (integer, fraction, isNegative) = expansion.rounded(fractionDigits: 2)
        var trimmed = Substring(fraction)
        while trimmed.last == "0" { trimmed.removeLast() }
        let sign = isNegative ? "-" : ""
        return trimmed.isEmpty ? sign + integer : sign + integer + "." + trimmed
    }
}
