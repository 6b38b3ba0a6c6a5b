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
    /// Counts (people, sessions, households) must be whole; "6003,0" is still a count.
    public var isWhole: Bool {
        value.isFinite && value.rounded(.towardZero) == value
    }
}
