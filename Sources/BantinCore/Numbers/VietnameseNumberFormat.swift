/// Writes numbers the way Vietnamese readers expect: "6.003", "86,1", "2,5 triệu".
///
/// Foundation's formatters depend on the machine's locale and ICU data, so a build on
/// another server could change every page; these functions are pure and byte-stable.
public enum VietnameseNumberFormat {
    /// Groups thousands with '.': 6003 → "6.003", -1200 → "-1.200", 0 → "0".
    public static func integer(_ n: Int) -> String {
        let grouped = grouped(String(n.magnitude))
        return n < 0 ? "-" + grouped : grouped
    }

    /// Exactly `fractionDigits` decimals after ',', rounding half away from zero.
    ///
    /// (86.104, 1) → "86,1"; (1234.5, 1) → "1.234,5"; (0.125, 2) → "0,13"; (5, 0) → "5".
    /// Rounds the shortest decimal that reads back as `x`, so 1.005 gives "1,01" as written.
    /// Never prints "-0". Infinities and NaN, which the checker rejects, print as "∞", "-∞", "NaN".
    public static func decimal(_ x: Double, fractionDigits: Int) -> String {
        guard let expansion = DecimalExpansion(x) else {
            return x.isNaN ? "NaN" : (x < 0 ? "-∞" : "∞")
        }
        let (integer, fraction, isNegative) = expansion.rounded(fractionDigits: fractionDigits)
        let sign = isNegative ? "-" : ""
        return fraction.isEmpty ? sign + grouped(integer) : sign + grouped(integer) + "," + fraction
    }

    /// At most `maxFractionDigits` decimals, trailing zeros dropped: 74.2 → "74,2", 2.50 → "2,5", 6003 → "6.003".
    public static func number(_ x: Double, maxFractionDigits: Int = 2) -> String {
        var text = decimal(x, fractionDigits: maxFractionDigits)
        guard text.contains(",") else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == "," { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Keeps the digits the author wrote: (86.1, 1) → "86,1"; (6003, 0) → "6.003".
    public static func written(_ n: WrittenNumber) -> String {
        decimal(n.value, fractionDigits: n.fractionDigits)
    }

    /// A percentage with a fixed number of decimals and no space before '%': (86.1, 1) → "86,1%".
    public static func percent(_ x: Double, fractionDigits: Int) -> String {
        decimal(x, fractionDigits: fractionDigits) + "%"
    }

    /// The words `compact` writes after millions, billions and thousands of billions.
    public typealias ScaleWords = (million: String, billion: String, trillion: String)

    /// The scale words of Vietnamese, the notation's own.
    public static let vietnameseScaleWords: ScaleWords = (NumberScale.million.word, NumberScale.billion.word,
                                                          NumberScale.thousand.word + " " + NumberScale.billion.word)

    /// A short axis or label form with a scale word (a site's interface gives its own).
    ///
    /// Below one million: plain grouping with up to 2 decimals (950 → "950", 25_000 → "25.000").
    /// From one million: "2,5 triệu", "74,2 tỷ", "1,2 nghìn tỷ"; a value that rounds up to
    /// 1.000 of a scale moves to the next one, so 999_999_999 reads "1 tỷ", not "1.000 triệu".
    public static func compact(_ x: Double, scaleWords: ScaleWords = vietnameseScaleWords) -> String {
        guard x.isFinite else { return decimal(x, fractionDigits: 0) }
        let magnitude = x.magnitude
        // Move up a scale while the current form would need 7 (then 4) integer digits
        // once rounded to 2 decimals, using the same rounding that prints the result.
        var unit = 1.0
        var word: String?
        for (multiplier, scaleWord) in [(1e6, scaleWords.million), (1e9, scaleWords.billion), (1e12, scaleWords.trillion)] {
            let neededDigits = unit == 1 ? 7 : 4
            guard integerDigitCount(magnitude / unit) >= neededDigits else { break }
            unit = multiplier
            word = scaleWord
        }
        guard let word else { return number(x) }
        return (x < 0 ? "-" : "") + number(magnitude / unit) + " " + word
    }

    /// How many integer digits `x` has after rounding to 2 decimals.
    private static func integerDigitCount(_ x: Double) -> Int {
        DecimalExpansion(x)?.rounded(fractionDigits: 2).integer.count ?? 0
    }

    /// Inserts '.' between groups of three digits, counting from the right.
    private static func grouped(_ digits: String) -> String {
        // On bytes: the digits are ASCII, and every figure of every page comes through here.
        let digits = Array(digits.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(digits.count + digits.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(UInt8(ascii: ".")) }
            result.append(digit)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
