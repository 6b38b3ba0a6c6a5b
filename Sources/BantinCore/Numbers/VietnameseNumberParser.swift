/// Reads numbers in the two notations authors write in fact blocks (and in prose, for `facts suggest`).
///
/// Quoted strings follow Vietnamese usage ('.' groups thousands, ',' is the decimal
/// mark), while unquoted YAML scalars are plain notation. Keeping both readers in one
/// place lets the checker explain why `6.003` unquoted is six, not six thousand.
public enum VietnameseNumberParser {
    /// Reads a quoted YAML string in Vietnamese notation.
    ///
    /// '.' groups thousands (groups of exactly 3 digits after the first), ',' is the
    /// decimal mark; an optional leading '-'; surrounding spaces are trimmed.
    /// "6.003" → 6003 (0 digits), "367.486" → 367486, "86,1" → 86.1 (1), "1.234,5" → 1234.5.
    public static func parse(_ text: String) -> Result<WrittenNumber, NumberNotationError> {
        let trimmed = trimmingWhitespace(text)
        var body = Substring(trimmed)
        let isNegative = body.first == "-"
        if isNegative { body = body.dropFirst() }
        if body.isEmpty { return .failure(.empty) }

        if let bad = body.first(where: { !isASCIIDigit($0) && $0 != "." && $0 != "," }) {
            return .failure(.invalidCharacter(bad))
        }
        let commaParts = body.split(separator: ",", omittingEmptySubsequences: false)
        if commaParts.count > 2 { return .failure(.multipleDecimalSeparators(trimmed)) }

        let integerPart = commaParts[0]
        let fractionPart = commaParts.count == 2 ? commaParts[1] : ""
        if commaParts.count == 2 {
            if fractionPart.contains(".") { return .failure(.misplacedGroupSeparator(trimmed)) }
            if integerPart.isEmpty || fractionPart.isEmpty { return .failure(.invalidCharacter(",")) }
        }

        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        let groupsAreWellFormed = groups.enumerated().allSatisfy { index, group in
            index == 0 ? (1...3).contains(group.count) || groups.count == 1 : group.count == 3
        }
        if !groupsAreWellFormed { return .failure(.misplacedGroupSeparator(trimmed)) }

        let digits = groups.joined()
        let value = number(integerDigits: digits, fractionDigits: fractionPart, negative: isNegative)
        return .success(WrittenNumber(value: value, fractionDigits: fractionPart.count))
    }

    /// Reads an unquoted YAML scalar in plain notation, or nil when it is not a number.
    ///
    /// "6003", "86.1" (1 digit), "-5", ".5", and "6.003" → 6.003 with 3 digits: that
    /// last one is the point, since the checker warns that the author probably meant
    /// six thousand. Exponents, hex, underscores, ".inf" and ".nan" give nil.
    public static func parsePlain(_ text: String) -> WrittenNumber? {
        let trimmed = trimmingWhitespace(text)
        var body = Substring(trimmed)
        var isNegative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            isNegative = sign == "-"
            body = body.dropFirst()
        }
        guard body.allSatisfy({ isASCIIDigit($0) || $0 == "." }) else { return nil }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integerDigits = parts[0]
        let fractionDigits = parts.count == 2 ? parts[1] : ""
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        let value = number(integerDigits: integerDigits, fractionDigits: fractionDigits, negative: isNegative)
        return WrittenNumber(value: value, fractionDigits: fractionDigits.count)
    }

    /// Converts validated ASCII digits; never yields negative zero.
    private static func number<S: StringProtocol, T: StringProtocol>(
        integerDigits: S, fractionDigits: T, negative: Bool
    ) -> Double {
        let literal = (integerDigits.isEmpty ? "0" : String(integerDigits))
            + "." + (fractionDigits.isEmpty ? "0" : String(fractionDigits))
        // Double(String) is locale-independent; the input is only ASCII digits and one '.'.
        let magnitude = Double(literal) ?? 0
        return negative && magnitude != 0 ? -magnitude : magnitude
    }

    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    private static func trimmingWhitespace(_ text: String) -> String {
        let start = text.firstIndex(where: { !$0.isWhitespace }) ?? text.endIndex
        let end = text.lastIndex(where: { !$0.isWhitespace }).map(text.index(after:)) ?? start
        return String(text[start..<max(start, end)])
    }
}
