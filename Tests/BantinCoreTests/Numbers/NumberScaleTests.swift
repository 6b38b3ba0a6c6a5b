import Testing
@testable import BantinCore

@Suite("NumberScale")
struct NumberScaleTests {
    @Test("multiplier and word", arguments: [
        (NumberScale.thousand, 1e3, "nghìn"),
        (NumberScale.million, 1e6, "triệu"),
        (NumberScale.billion, 1e9, "tỷ"),
    ])
    func multiplierAndWord(scale: NumberScale, multiplier: Double, word: String) {
        #expect(scale.multiplier == multiplier)
        #expect(scale.word == word)
    }

    @Test func casesInOrderWithStableRawValues() {
        #expect(NumberScale.allCases.map(\.rawValue) == ["thousand", "million", "billion"])
        #expect(NumberScale(rawValue: "billion") == .billion)
    }

    @Test("applied shifts the decimal digits, so the result is the figure written", arguments: [
        (NumberScale.billion, 74.2, 74_200_000_000.0),
        (.billion, 0.3, 300_000_000),
        (.million, 8.7, 8_700_000),
        (.thousand, 1.1, 1_100),
        (.billion, 123.456789, 123_456_789_000),
        (.thousand, 0, 0),
    ])
    func appliedIsExact(scale: NumberScale, value: Double, expected: Double) {
        #expect(scale.applied(to: value) == expected)
        #expect(scale.exponent == [NumberScale.thousand: 3, .million: 6, .billion: 9][scale])
    }

    /// The binary product is a step beside the figure for some of them; the decimal shift never is.
    @Test func theBinaryProductCanMissWhereTheShiftDoesNot() {
        let misses = (1...9999).map { Double($0) / 100 }.filter { $0 * 1e9 != NumberScale.billion.applied(to: $0) }
        #expect(!misses.isEmpty)
        for value in misses {
            #expect(FactsExport.number(NumberScale.billion.applied(to: value)).hasSuffix("0000000"), "\(value)")
        }
    }
}
