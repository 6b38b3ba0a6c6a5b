/// A number as the author wrote it: its value and how many decimals were written.
///
/// The written precision matters twice: the checker compares a stated percentage
/// against one recomputed at that precision, and pages show "86,1" rather than a
/// re-rounded "86,10" or "86,104".
public struct WrittenNumber: Equatable, Hashable, Sendable {
    /// The numeric value; never negative zero when it comes from a parser.
    public var value: Double
    /// Digits written after the decimal mark: "86,1" → 1, "6.003" → 0, "92.91" → 2.
    public var fractionDigits: Int

    public init(value: Double, fractionDigits: Int) {
        self.value = value
        self.fractionDigits = fractionDigits
    }

    /// True when the value has no fractional part, whatever digits were written.
    ///
    /// Counts (people, sessions, households) must be whole; the checker also refuses a count
    /// written with decimals ("6003,0"), which is more often "1,000" meant as a thousand.
    public var isWhole: Bool {
        value.isFinite && value.rounded(.towardZero) == value
    }

    /// The most digits a figure may have, written out in full in its unit (74,2 tỷ is 11).
    ///
    /// Any decimal of at most 15 digits reads into a Double and prints back digit for digit
    /// (IEEE 754 guarantees 15), so the card, the CSV and the JSON all show what was written;
    /// beyond it 99999999999999999999999 would become 1e+23 in one place and
    /// 99999999999999991611392 in another. 15 digits also keep counts below 2^53, where every
    /// whole number is exact.
    public static let maxDigits = 15

    /// How many digits the number has written out in full, after `scale`: "6.003" → 4,
    /// "86,1" → 3, "0,05" → 2, "74,2" with billion → 11. Nil when it is not finite.
    public func digitCount(scale: NumberScale? = nil) -> Int? {
        let shift = scale?.exponent ?? 0
        return DecimalExpansion(value)?.shifted(by: shift).digitCount(fractionDigits: max(0, fractionDigits - shift))
    }
}
