import Testing
@testable import BantinCore

@Suite("DecimalExpansion")
struct DecimalExpansionTests {
    @Test(arguments: [
        (6003.0, [6, 0, 0, 3] as [UInt8], 4, false),
        (100, [1], 3, false),
        (0.1, [1], 0, false),
        (-0.125, [1, 2, 5], 0, true),
        (0.00001, [1], -4, false),
        (1.5e20, [1, 5], 21, false),
        (5e-324, [5], -323, false),
        (1.7976931348623157e308, [1, 7, 9, 7, 6, 9, 3, 1, 3, 4, 8, 6, 2, 3, 1, 5, 7], 309, false),
        (0, [], 0, false),
        (-0.0, [], 0, false),
    ])
    func theShortestDigitsAndWhereThePointIs(value: Double, digits: [UInt8], pointPosition: Int, isNegative: Bool) throws {
        let expansion = try #require(DecimalExpansion(value))
        #expect(expansion.digits == digits)
        #expect(expansion.pointPosition == pointPosition)
        #expect(expansion.isNegative == isNegative)
    }

    @Test func infinitiesAndNaNHaveNoDigits() {
        #expect(DecimalExpansion(.infinity) == nil)
        #expect(DecimalExpansion(-.infinity) == nil)
        #expect(DecimalExpansion(.nan) == nil)
    }

    @Test(arguments: [
        (5e-324, 2, "0", "00", false),
        (-0.004, 2, "0", "00", false),
        (-0.005, 2, "0", "01", true),
        (1e20, 0, "100000000000000000000", "", false),
        (999.996, 2, "1000", "00", false),
        (0.00001, 6, "0", "000010", false),
    ])
    func roundsHalfAwayFromZero(value: Double, places: Int, integer: String, fraction: String, isNegative: Bool) throws {
        let rounded = try #require(DecimalExpansion(value)).rounded(fractionDigits: places)
        #expect(rounded.integer == integer)
        #expect(rounded.fraction == fraction)
        #expect(rounded.isNegative == isNegative)
    }

    @Test("plain notation, digit for digit", arguments: [
        (74_200_000_000.0, "74200000000"), (86.1, "86.1"), (1e-7, "0.0000001"), (-0.5, "-0.5"), (0, "0"),
        (1e21, "1000000000000000000000"), (0.1 + 0.2, "0.30000000000000004"),
    ])
    func plain(value: Double, text: String) throws {
        let expansion = try #require(DecimalExpansion(value))
        #expect(expansion.plain == text)
        #expect(Double(text) == value)
    }

    @Test func shiftingMovesThePointAndReadsBackExactly() throws {
        let expansion = try #require(DecimalExpansion(74.2))
        #expect(expansion.shifted(by: 9).value == 74_200_000_000)
        #expect(expansion.shifted(by: -1).value == 7.42)
        #expect(try #require(DecimalExpansion(0)).shifted(by: 9).value == 0)
    }
}
