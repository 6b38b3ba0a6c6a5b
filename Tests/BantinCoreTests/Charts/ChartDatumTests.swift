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
}
