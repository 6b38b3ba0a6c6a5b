import Testing
@testable import BantinCore

@Suite("TimeSeriesChart")
struct TimeSeriesChartTests {
    static let lamHa = TimeSeriesChart(
        id: "lam-ha-sessions", title: "Số buổi tuyên truyền ở huyện Lâm Hà, 2022–2024",
        subject: "Số buổi tuyên truyền ở huyện Lâm Hà",
        points: [
            ChartDatum(label: "2022", value: 590), ChartDatum(label: "2023", value: 612),
            ChartDatum(label: "2024", value: 655),
        ])

    static func chart(_ points: [(String, Double, Int)]) -> TimeSeriesChart {
        TimeSeriesChart(
            id: "t", title: "Số hộ", subject: "Số hộ",
            points: points.map { ChartDatum(label: $0.0, value: WrittenNumber(value: $0.1, fractionDigits: $0.2)) })
    }

    @Test("summary compares first and last period", arguments: [
        ([("2022", 590.0, 0), ("2023", 612, 0), ("2024", 655, 0)], "Số hộ tăng từ 590 (2022) lên 655 (2024)."),
        ([("2022", 655, 0), ("2024", 590, 0)], "Số hộ giảm từ 655 (2022) xuống 590 (2024)."),
        ([("2022", 590, 0), ("2023", 700, 0), ("2024", 590, 0)], "Số hộ không đổi ở 590 từ 2022 đến 2024."),
        ([("2022", 590, 0)], "Số hộ là 590 (2022)."),
        ([("2014-2023", 6003, 0), ("05/2024", 86.1, 1)], "Số hộ giảm từ 6.003 (2014-2023) xuống 86,1 (05/2024)."),
        ([], "Số hộ: chưa có số liệu."),
    ] as [([(String, Double, Int)], String)])
    func summary(points: [(String, Double, Int)], expected: String) {
        #expect(Self.chart(points).summary == expected)
    }

    @Test("a rise or fall is claimed only when the hedges allow no other reading", arguments: [
        ((280_000, Approximation.over), (300_000, Approximation?.none), "Số hộ là trên 280.000 (2022) và 300.000 (2024)."),
        ((100, nil), (200, .over), "Số hộ tăng từ 100 (2022) lên trên 200 (2024)."),
        ((500, .over), (400, .under), "Số hộ giảm từ trên 500 (2022) xuống dưới 400 (2024)."),
        ((500, .under), (400, nil), "Số hộ là dưới 500 (2022) và 400 (2024)."),
        ((100, .about), (105, .about), "Số hộ là khoảng 100 (2022) và khoảng 105 (2024)."),
        ((100, .about), (200, .about), "Số hộ tăng từ khoảng 100 (2022) lên khoảng 200 (2024)."),
        ((100, .over), (100, .over), "Số hộ là trên 100 (2022) và trên 100 (2024)."),
    ] as [((Int, Approximation?), (Int, Approximation?), String)])
    func hedgedSummary(first: (Int, Approximation?), last: (Int, Approximation?), expected: String) throws {
        let chart = TimeSeriesChart(
            id: "h", title: "Số hộ",
            points: [
                ChartDatum(label: "2022", value: first.0, approx: first.1),
                ChartDatum(label: "2024", value: last.0, approx: last.1),
            ])
        #expect(chart.summary == expected)
    }

    @Test func hedgesShowOnValueLabelsAndInTheTable() throws {
        let chart = TimeSeriesChart(
            id: "h", title: "Số hộ",
            points: [ChartDatum(label: "2022", value: 280_000, approx: .over), ChartDatum(label: "2024", value: 300_000)])
        #expect(try #require(chart.svg().descendant(withClass: "values")).texts == ["trên 280.000", "300.000"])
        #expect(chart.table.rows.map(\.cells) == [["trên 280.000"], ["300.000"]])
    }

    @Test func exampleSentence() {
        #expect(Self.lamHa.summary == "Số buổi tuyên truyền ở huyện Lâm Hà tăng từ 590 (2022) lên 655 (2024).")
    }

    @Test func subjectDefaultsToTitle() {
        let chart = TimeSeriesChart(id: "t", title: "Số hộ", points: [ChartDatum(label: "2022", value: 5)])
        #expect(chart.summary == "Số hộ là 5 (2022).")
    }

    @Test func labelsValuesPeriodsAndAxis() throws {
        let svg = Self.lamHa.svg()
        #expect(try #require(svg.descendant(withClass: "values")).texts == ["590", "612", "655"])
        #expect(try #require(svg.descendant(withClass: "periods")).texts == ["2022", "2023", "2024"])
        #expect(
            try #require(svg.descendant(withClass: "axis")).texts == [
                "0", "100", "200", "300", "400", "500", "600", "700",
            ])
    }

    @Test func columnsStartAtZero() throws {
        let svg = Self.lamHa.svg()
        let baseline = try #require(svg.descendant(withClass: "baseline"))
        let bars = try #require(svg.descendant(withClass: "bars")).descendants(named: "rect")
        #expect(bars.count == 3)
        #expect(
            bars.first?.render() == #"<rect x="106" y="73.71" width="72" height="202.29"/>"#)
        #expect(baseline.attribute("y1") == "276")
    }

    @Test func axisUsesCompactLabels() throws {
        let chart = Self.chart([("2023", 1_200_000, 0), ("2024", 2_400_000, 0)])
        #expect(
            try #require(chart.svg().descendant(withClass: "axis")).texts == [
                "0", "500.000", "1 triệu", "1,5 triệu", "2 triệu", "2,5 triệu",
            ])
    }

    @Test func crowdedLabelsKeepEveryKthCountingBackFromTheLast() throws {
        let chart = Self.chart((2014...2025).map { ("\($0)", Double($0 - 2010) * 1_234_567, 0) })
        let svg = chart.svg()
        #expect(try #require(svg.descendant(withClass: "periods")).texts == ["2015", "2017", "2019", "2021", "2023", "2025"])
        #expect(try #require(svg.descendant(withClass: "values")).texts == ["6.172.835", "12.345.670", "18.518.505"])
    }

    @Test func escapesLabelsAndSubject() {
        let hostile = #"<script>&"'"#
        let chart = TimeSeriesChart(id: "t", title: hostile, points: [ChartDatum(label: hostile, value: 1)])
        let escaped = "&lt;script&gt;&amp;&quot;&#39;"
        let rendered = chart.rendered
        #expect(rendered.contains("<title id=\"t-title\">\(escaped)</title>"))
        #expect(rendered.contains("<desc id=\"t-desc\">\(escaped) là 1 (\(escaped)).</desc>"))
        #expect(!rendered.contains("<script>"))
    }

    @Test func table() {
        #expect(
            Self.lamHa.table.html == """
                <table class="chart-table">
                  <caption>Số buổi tuyên truyền ở huyện Lâm Hà, 2022–2024</caption>
                  <thead>
                    <tr><th scope="col">Giai đoạn</th><th scope="col">Giá trị</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row">2022</th><td>590</td></tr>
                    <tr><th scope="row">2023</th><td>612</td></tr>
                    <tr><th scope="row">2024</th><td>655</td></tr>
                  </tbody>
                </table>
                """)
    }

    @Test func renderedIsTheRenderedTree() {
        #expect(Self.lamHa.rendered == Self.lamHa.svg().render())
    }

    @Test func goldens() throws {
        try GoldenFile.check(Self.lamHa.rendered, named: "time-series")
        try GoldenFile.check(
            Self.chart([("2014-2023", -12.5, 1), ("05/2024", 30.25, 2), ("06/2024", 0, 0)]).rendered,
            named: "time-series-negative")
        try GoldenFile.check(
            Self.chart((2014...2025).map { ("\($0)", Double($0 - 2010) * 1_234_567, 0) }).rendered,
            named: "time-series-crowded")
        try GoldenFile.check(Self.chart([]).rendered, named: "time-series-empty")
    }
}
