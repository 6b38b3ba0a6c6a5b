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
