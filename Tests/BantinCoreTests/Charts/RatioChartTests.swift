import Testing
@testable import BantinCore

@Suite("RatioChart")
struct RatioChartTests {
    static let reached = RatioChart(
        id: "da-don-households", title: "Tỷ lệ hộ được phổ biến ở xã Đạ Đờn", subject: "Tỷ lệ hộ được phổ biến",
        value: WrittenNumber(value: 1010, fractionDigits: 0), of: WrittenNumber(value: 1173, fractionDigits: 0))

    static func chart(_ value: Double, of whole: Double, digits: Int = 1) -> RatioChart {
        RatioChart(
            id: "r", title: "Tỷ lệ", value: WrittenNumber(value: value, fractionDigits: 0),
            of: WrittenNumber(value: whole, fractionDigits: 0), fractionDigits: digits)
    }

    @Test func exampleTexts() {
        #expect(Self.reached.percentText == "86,1%")
        #expect(Self.reached.countsText == "1.010/1.173")
        #expect(Self.reached.summary == "Tỷ lệ hộ được phổ biến đạt 86,1% (1.010/1.173).")
        #expect(Self.reached.svg().texts == ["86,1%", "1.010/1.173"])
    }

    @Test func aHedgedPartIsHedgedEverywhere() {
        let chart = RatioChart(
            id: "r", title: "Tỷ lệ", subject: "Tỷ lệ hộ", value: WrittenNumber(value: 1010, fractionDigits: 0),
            of: WrittenNumber(value: 1173, fractionDigits: 0), approx: .over)
        #expect(chart.summary == "Tỷ lệ hộ đạt trên 86,1% (trên 1.010/1.173).")
        #expect(chart.svg().texts == ["trên 86,1%", "trên 1.010/1.173"])
        #expect(chart.table.rows.map(\.cells) == [["trên 1.010"], ["1.173"], ["trên 86,1%"]])
    }

    @Test("percent and bar width", arguments: [
        (1010.0, 1173.0, 1, "86,1%", "514.9"),
        (0, 50, 1, "0,0%", "0"),
        (50, 50, 0, "100%", "598"),
        (105, 100, 1, "105,0%", "598"),
        (1, 3, 2, "33,33%", "199.33"),
        (5, 0, 1, "—", "0"),
    ])
    func percent(value: Double, whole: Double, digits: Int, text: String, barWidth: String) throws {
        let chart = Self.chart(value, of: whole, digits: digits)
        #expect(chart.percentText == text)
        #expect(try #require(chart.svg().descendant(withClass: "bar")).attribute("width") == barWidth)
    }

    @Test func noRatioWithoutAWhole() {
        let chart = Self.chart(5, of: 0)
        #expect(chart.ratio == nil)
        #expect(chart.summary == "Tỷ lệ: chưa tính được tỷ lệ (5/0).")
    }

    @Test func table() {
        #expect(
            Self.reached.table.html == """
                <table class="chart-table">
                  <caption>Tỷ lệ hộ được phổ biến ở xã Đạ Đờn</caption>
                  <thead>
                    <tr><th scope="col">Chỉ tiêu</th><th scope="col">Giá trị</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row">Số đạt</th><td>1.010</td></tr>
                    <tr><th scope="row">Tổng số</th><td>1.173</td></tr>
                    <tr><th scope="row">Tỷ lệ</th><td>86,1%</td></tr>
                  </tbody>
                </table>
                """)
    }

    @Test func goldens() throws {
        try GoldenFile.check(Self.reached.rendered, named: "ratio")
        try GoldenFile.check(Self.chart(105, of: 100).rendered, named: "ratio-over-whole")
    }
}
