import Testing
@testable import BantinCore

@Suite("SVGValue")
struct SVGValueTests {
    @Test("numbers: at most 2 decimals, trimmed, never -0", arguments: [
        (0.0, "0"),
        (-0.0, "0"),
        (-0.004, "0"),
        (-0.005, "-0.01"),
        (12.5, "12.5"),
        (12.50, "12.5"),
        (1.0 / 3, "0.33"),
        (2.0 / 3, "0.67"),
        (0.125, "0.13"),
        (-0.125, "-0.13"),
        (241.714_285, "241.71"),
        (-1.999, "-2"),
        (100, "100"),
        (1e6, "1000000"),
        (1e16, "10000000000000000"),
        (.nan, "0"),
        (.infinity, "0"),
    ])
    func format(number: Double, expected: String) {
        #expect(SVGValue.format(number) == expected)
        #expect(SVGValue.number(number).rendered == expected)
    }

    /// The quick way for coordinates gives what the shortest decimal digits give, ties included.
    @Test func theQuickWayAgreesWithTheExactOne() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [1.005, 2.675, 1.015, 0.285, -1.005, 999_999.995, 999_999.994, 0.045, 10.125, 0.005, 0.015]
        for _ in 0..<100_000 { values.append(Double.random(in: -1e6...1e6, using: &generator)) }
        for _ in 0..<100_000 { values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 1000) }
        for _ in 0..<100_000 { values.append(Double.random(in: -2...2, using: &generator)) }
        for value in values where SVGValue.format(value) != SVGValue.formatExactly(value) {
            Issue.record("\(value): \(SVGValue.format(value)) instead of \(SVGValue.formatExactly(value))")
        }
    }

    @Test func numberListsAreSpaceSeparated() {
        #expect(SVGValue.numbers([0, 0, 600, 320.5]).rendered == "0 0 600 320.5")
        #expect(SVGValue.numbers([]).rendered == "")
    }

    @Test func literals() {
        let text: SVGValue = "middle"
        let integer: SVGValue = 20
        let float: SVGValue = 1.5
        #expect(text == .text("middle"))
        #expect(integer == .number(20))
        #expect(float == .number(1.5))
        #expect(text.rendered == "middle")
    }
}
