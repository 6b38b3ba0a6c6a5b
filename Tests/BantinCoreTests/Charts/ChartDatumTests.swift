import Testing
@testable import BantinCore

@Suite("ChartDatum")
struct ChartDatumTests {
    @Test func wholeCountIsWrittenWithoutDecimals() {
        let datum = ChartDatum(label: "2022", value: 590)
        #expect(datum.value == WrittenNumber(value: 590, fractionDigits: 0))
        #expect(datum.href == nil)
    }

    @Test func keepsWrittenDigitsAndLink() {
        let datum = ChartDatum(label: "Lâm Hà", value: WrittenNumber(value: 86.1, fractionDigits: 1), href: "/lam-ha/")
        #expect(VietnameseNumberFormat.written(datum.value) == "86,1")
        #expect(datum.href == "/lam-ha/")
    }

    @Test("a hedge shows before the number", arguments: [
        (Approximation?.none, "59.466"), (.over, "trên 59.466"), (.about, "khoảng 59.466"), (.under, "dưới 59.466"),
    ])
    func text(approx: Approximation?, expected: String) {
        #expect(ChartDatum(label: "x", value: 59_466, approx: approx).text == expected)
    }

    @Test func boundsOfEachHedge() {
        #expect(ChartDatum(label: "x", value: 100).bounds == 100...100)
        #expect(ChartDatum(label: "x", value: 100, approx: .over).bounds == 100...Double.infinity)
        #expect(ChartDatum(label: "x", value: 100, approx: .under).bounds == -Double.infinity...100)
        #expect(ChartDatum(label: "x", value: 100, approx: .about).bounds == 90...110)
    }
}
