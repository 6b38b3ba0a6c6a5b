import Testing
@testable import BantinCore

@Suite("ChartTable")
struct ChartTableTests {
    @Test func rendersCaptionScopedHeadingsAndRows() {
        let table = ChartTable(
            caption: "Số buổi tuyên truyền theo huyện, 2024", columnHeadings: ["Địa phương", "Giá trị"],
            rows: [
                ChartTableRow(heading: "Thành phố Bảo Lộc", cells: ["1.203"]),
                ChartTableRow(heading: "Huyện Lâm Hà", href: "/dia-phuong/lam-ha/", cells: ["655"]),
            ])
        #expect(
            table.html == """
                <table class="chart-table">
                  <caption>Số buổi tuyên truyền theo huyện, 2024</caption>
                  <thead>
                    <tr><th scope="col">Địa phương</th><th scope="col">Giá trị</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row">Thành phố Bảo Lộc</th><td>1.203</td></tr>
                    <tr><th scope="row"><a href="/dia-phuong/lam-ha/">Huyện Lâm Hà</a></th><td>655</td></tr>
                  </tbody>
                </table>
                """)
    }

    @Test func escapesEveryText() {
        let hostile = #"<script>&"'"#
        let table = ChartTable(
            caption: hostile, columnHeadings: [hostile],
            rows: [ChartTableRow(heading: hostile, href: hostile, cells: [hostile])])
        let escaped = "&lt;script&gt;&amp;&quot;&#39;"
        #expect(
            table.html == """
                <table class="chart-table">
                  <caption>\(escaped)</caption>
                  <thead>
                    <tr><th scope="col">\(escaped)</th></tr>
                  </thead>
                  <tbody>
                    <tr><th scope="row"><a href="\(escaped)">\(escaped)</a></th><td>\(escaped)</td></tr>
                  </tbody>
                </table>
                """)
    }

    @Test func noHeadingsMeansNoHead() {
        let table = ChartTable(caption: "C", columnHeadings: [], rows: [])
        #expect(
            table.html == """
                <table class="chart-table">
                  <caption>C</caption>
                  <tbody>
                  </tbody>
                </table>
                """)
    }
}
