/// Why a quoted number in Vietnamese notation could not be read.
///
/// Each case carries what the diagnostic needs to point at the mistake, so the
/// message can say "'12.34': '.' groups thousands" instead of a bare "not a number".
public enum NumberNotationError: Error, Equatable, Sendable {
    /// Nothing but spaces, or a sign with no digits.
    case empty
    /// A character that is neither a digit, '.', ',' nor a leading '-' (also a ',' with no digits on one side).
    case invalidCharacter(Character)
    /// A '.' that does not sit between groups of exactly three digits, as in "6.3" or "12.34".
    case misplacedGroupSeparator(String)
    /// More than one ',' (the decimal mark), as in "1,2,3".
    case multipleDecimalSeparators(String)
}
