import Testing
@testable import BantinCore

@Suite("BreakdownChart")
struct BreakdownChartTests {
    static let funding = BreakdownChart(
        id: "funding-2024", title: "Cơ cấu kinh phí tuyên truyền ở huyện Lâm Hà, 2024",
        subject: "Kinh phí tuyên truyền năm 2024",
        parts: [
            ChartDatum(label: "Ngân sách tỉnh", value: 120),
            ChartDatum(label: "Ngân sách huyện", value: 90),
            ChartDatum(label: "Xã hội hoá", value: 90),
        ])

    static let many = BreakdownChart(
        id: "many", title: "Tám thành phần",
        parts: [(
            "Một", 40.0), ("Hai", 20), ("Ba", 12), ("Bốn", 9), ("Năm", 7), ("Sáu", 6), ("Bảy", 4), ("Tám", 2),
        ].map { ChartDatum(label: $0.0, value: WrittenNumber(value: $0.1, fractionDigits: 0)) })

    @Test func summaryListsPartsWithShares() {
        #expect(
            Self.funding.summary
                == "Kinh phí tuyên truyền năm 2024 gồm Ngân sách tỉnh 120 (40,0%), Ngân sách huyện 90 (30,0%) và Xã hội hoá 90 (30,0%).")
    }

    @Test func summaryWithoutTotalOrParts() {
        let zero = BreakdownChart(id: "z", title: "Số hộ", parts: [ChartDatum(label: "A", value: 0)])
        #expect(zero.summary == "Số hộ gồm A 0.")
        #expect(BreakdownChart(id: "e", title: "Số hộ", parts: []).summary == "Số hộ: chưa có số liệu.")
    }

    @Test func legendNamesEveryPartSoColourIsNeverAlone() throws {
        let legend = try #require(Self.funding.svg().descendant(withClass: "legend"))
        #expect(legend.texts == [
            "Ngân sách tỉnh: 120 (40,0%)", "Ngân sách huyện: 90 (30,0%)", "Xã hội hoá: 90 (30,0%)",
        ])
    }

    @Test func segmentsInOrderWithSharesInsideWhenTheyFit() throws {
        let svg = Self.many.svg()
        let segments = try #require(svg.descendant(withClass: "segments")).children
        #expect(segments.count == 8)
        #expect(
            segments[0].render()
                == #"<rect x="1" y="1" width="239.2" height="40" fill="var(--chart-1, #0072B2)" stroke="var(--chart-surface, #ffffff)" stroke-width="2"/>"#)
        #expect(
            segments[5].render()
                == #"<rect x="527.24" y="1" width="35.88" height="40" fill="var(--chart-6, #E69F00)" stroke="var(--chart-text, #1a1a1a)" stroke-width="1.5"/>"#)
        #expect(try #require(svg.descendant(withClass: "shares")).texts == ["40,0%", "20,0%"])
    }

    @Test func inBarTextUsesTheColourThatReadsOnTheSegment() throws {
        let shares = try #require(Self.many.svg().descendant(withClass: "shares")).children
        #expect(shares.map { $0.attribute("fill") } == [
            "var(--chart-on-1, #ffffff)", "var(--chart-on-2, #000000)",
        ])
    }

    @Test func negativePartsTakeNoRoom() throws {
        let chart = BreakdownChart(
            id: "n", title: "T", parts: [ChartDatum(label: "A", value: 3), ChartDatum(label: "B", value: -1)])
        #expect(chart.shareTexts == ["100,0%", "0,0%"])
        #expect(try #require(chart.svg().descendant(withClass: "segments")).children.count == 1)
    }

    @Test func table() {
        #expect(
            Self.funding.table.html == """
                <table class="chart-table">
                  <caption>Cơ cấu kinh phí tuyên truyền ở huyện Lâm Hà, 2024</caption>
                  <thead>
                    <tr><th scope="col">Thành phần</th><th scope="col">Giá trị</th><th scope="col">Tỷ lệ</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row">Ngân sách tỉnh</th><td>120</td><td>40,0%</td></tr>
                    <tr><th scope="row">Ngân sách huyện</th><td>90</td><td>30,0%</td></tr>
                    <tr><th scope="row">Xã hội hoá</th><td>90</td><td>30,0%</td></tr>
                    <tr><th scope="row">Tổng cộng</th><td>300</td><td>100,0%</td></tr>
                  </tbody>
                </table>
                """)
    }

    @Test func goldens() throws {
        try GoldenFile.check(Self.funding.rendered, named: "breakdown")
        try GoldenFile.check(Self.many.rendered, named: "breakdown-many")
        try GoldenFile.check(BreakdownChart(id: "empty", title: "Chưa có", parts: []).rendered, named: "breakdown-empty")
    }
}
