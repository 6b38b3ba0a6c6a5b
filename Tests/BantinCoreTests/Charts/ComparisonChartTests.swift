import Testing
@testable import BantinCore

@Suite("ComparisonChart")
struct ComparisonChartTests {
    static let districts = ComparisonChart(
        id: "districts-2024", title: "Số buổi tuyên truyền theo huyện, 2024", subject: "Số buổi tuyên truyền năm 2024",
        items: [
            ChartDatum(label: "Huyện Lâm Hà", value: 655, href: "/dia-phuong/lam-ha/"),
            ChartDatum(label: "Thành phố Bảo Lộc", value: 1203, href: "/dia-phuong/bao-loc/"),
            ChartDatum(label: "Huyện Đam Rông", value: 120),
            ChartDatum(label: "Huyện Di Linh", value: 655),
        ])

    static func chart(_ items: [(String, Double)]) -> ComparisonChart {
        ComparisonChart(
            id: "c", title: "Số hộ", items: items.map { ChartDatum(label: $0.0, value: WrittenNumber(value: $0.1, fractionDigits: 0)) })
    }

    @Test func sortsDescendingThenByLabel() {
        #expect(
            Self.districts.sortedItems.map(\.label) == [
                "Thành phố Bảo Lộc", "Huyện Di Linh", "Huyện Lâm Hà", "Huyện Đam Rông",
            ])
    }

    @Test("summary names the highest and the lowest", arguments: [
        ([("A", 655.0), ("B", 120), ("C", 300)], "Số hộ cao nhất là A (655), thấp nhất là B (120)."),
        ([("A", 655), ("B", 655), ("C", 120)], "Số hộ cao nhất là A và B (655), thấp nhất là C (120)."),
        ([("A", 5), ("B", 5), ("C", 5)], "Số hộ đều là 5 (A, B và C)."),
        ([("A", 655)], "Số hộ là 655 (A)."),
        ([], "Số hộ: chưa có số liệu."),
        ([("A", -40), ("B", 100)], "Số hộ cao nhất là B (100), thấp nhất là A (-40)."),
    ] as [([(String, Double)], String)])
    func summary(items: [(String, Double)], expected: String) {
        #expect(Self.chart(items).summary == expected)
    }

    @Test func exampleSentence() {
        #expect(
            Self.districts.summary
                == "Số buổi tuyên truyền năm 2024 cao nhất là Thành phố Bảo Lộc (1.203), thấp nhất là Huyện Đam Rông (120).")
    }

    @Test func rowsCarryNameBarAndValueButNoLink() throws {
        let bars = try #require(Self.districts.svg().descendant(withClass: "bars"))
        #expect(bars.children.map(\.name) == ["g", "g", "g", "g"])
        #expect(bars.texts == [
            "Thành phố Bảo Lộc", "1.203", "Huyện Di Linh", "655", "Huyện Lâm Hà", "655", "Huyện Đam Rông", "120",
        ])
        #expect(
            bars.children[0].render() == """
                <g class="row">
                  <text x="1" y="22">Thành phố Bảo Lộc</text>
                  <rect x="1" y="30" width="531" height="22" fill="var(--chart-1, #0072B2)"/>
                  <text x="540" y="48" text-anchor="start">1.203</text>
                </g>
                """)
        #expect(!Self.districts.rendered.contains("<a "))
    }

    @Test func escapesHostileLabels() throws {
        let hostile = #"<script>&"'"#
        let chart = ComparisonChart(id: "c", title: "T", items: [ChartDatum(label: hostile, value: 1, href: hostile)])
        let escaped = "&lt;script&gt;&amp;&quot;&#39;"
        let rendered = chart.rendered
        #expect(rendered.contains("<text x=\"1\" y=\"22\">\(escaped)</text>"))
        #expect(!rendered.contains("<script>"))
    }

    @Test func boundsShowOnBarsInTheTableAndInTheSentence() throws {
        let chart = ComparisonChart(
            id: "b", title: "Số người dự", subject: "Số người dự",
            items: [
                ChartDatum(label: "Tỉnh Bình Định", value: 469_100, approx: .over),
                ChartDatum(label: "Tỉnh Long An", value: 59_466),
            ])
        let bars = try #require(chart.svg().descendant(withClass: "bars"))
        #expect(bars.texts == ["Tỉnh Bình Định", "trên 469.100", "Tỉnh Long An", "59.466"])
        #expect(chart.table.rows.map(\.cells) == [["trên 469.100"], ["59.466"]])
        #expect(chart.summary == "Số người dự cao nhất là Tỉnh Bình Định (trên 469.100), thấp nhất là Tỉnh Long An (59.466).")
    }

    @Test func equalNumbersWithDifferentHedgesAreNotNamedAsOne() {
        let chart = ComparisonChart(
            id: "b", title: "Số hộ",
            items: [ChartDatum(label: "A", value: 100, approx: .over), ChartDatum(label: "B", value: 100)])
        #expect(chart.summary == "Số hộ cao nhất là A (trên 100), thấp nhất là B (100).")
    }

    @Test func table() {
        #expect(
            Self.districts.table.html == """
                <table class="chart-table">
                  <caption>Số buổi tuyên truyền theo huyện, 2024</caption>
                  <thead>
                    <tr><th scope="col">Địa phương</th><th scope="col">Giá trị</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row"><a href="/dia-phuong/bao-loc/">Thành phố Bảo Lộc</a></th><td>1.203</td></tr>
                    <tr><th scope="row">Huyện Di Linh</th><td>655</td></tr>
                    <tr><th scope="row"><a href="/dia-phuong/lam-ha/">Huyện Lâm Hà</a></th><td>655</td></tr>
                    <tr><th scope="row">Huyện Đam Rông</th><td>120</td></tr>
                  </tbody>
                </table>
                """)
    }

    @Test func goldens() throws {
        try GoldenFile.check(Self.districts.rendered, named: "comparison")
        try GoldenFile.check(
            ComparisonChart(
                id: "change", title: "Thay đổi số hộ",
                items: [
                    ChartDatum(label: "A", value: -40), ChartDatum(label: "B", value: 100),
                    ChartDatum(label: "C", value: WrittenNumber(value: -7.5, fractionDigits: 1)),
                ]
            ).rendered, named: "comparison-negative")
        try GoldenFile.check(
            ComparisonChart(
                id: "hostile", title: #"<script>&"'"#,
                items: [ChartDatum(label: #"<script>&"'"#, value: 1, href: #"/x?a=1&b="2""#)]
            ).rendered, named: "comparison-escaping")
    }
}
