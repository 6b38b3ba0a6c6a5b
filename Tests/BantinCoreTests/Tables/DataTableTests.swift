import BantinMarkdown
import Testing
@testable import BantinCore

@Suite("DataTable")
struct DataTableTests {
    private func block(_ content: String, fenceLine: Int = 3) -> CapturedBlock {
        CapturedBlock(info: "table", content: content, fenceLine: fenceLine, fenceColumn: 1, contentLine: fenceLine + 1, contentColumn: 1)
    }

    @Test func aTableHasItsCaptionColumnHeadersRowHeadersAndNumbersAsPrinted() throws {
        let read = DataTable.read(block("caption: Kết quả năm 2024\nHuyện,Năm,Buổi tuyên truyền,Tỷ lệ\nLâm Hà,2024,6003,86.1%\n\"Đức Trọng, mới\",2023,\"1.297\",\n"),
                                  path: "a.md", bodyLine: 1)
        #expect(read.diagnostics.isEmpty)
        let table = try #require(read.table)
        #expect(table.html == """
            <div class="data-table">
            <table>
            <caption>Kết quả năm 2024</caption>
            <thead>
            <tr><th scope="col">Huyện</th><th scope="col" class="number">Năm</th><th scope="col" class="number">Buổi tuyên truyền</th><th scope="col" class="number">Tỷ lệ</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">Lâm Hà</th><td class="number">2.024</td><td class="number">6.003</td><td class="number">86,1%</td></tr>
            <tr><th scope="row">Đức Trọng, mới</th><td class="number">2.023</td><td class="number">1.297</td><td></td></tr>
            </tbody>
            </table>
            </div>
            """)
    }

    @Test func theFirstColumnNamesTheRowAsWrittenAndTextIsEscaped() throws {
        let table = try #require(DataTable.read(block("Năm,Ghi chú\n2024,<b>x</b> & \"y\"\n"), path: "a.md", bodyLine: 1).table)
        #expect(table.caption == nil)
        #expect(table.html.contains("<tr><th scope=\"row\">2024</th><td>&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;</td></tr>"))
        #expect(!table.html.contains("<caption>"))
    }

    @Test func aRaggedRowIsAnErrorAtItsOwnLine() {
        // The body starts at line 6 of the file: the fence is at line 8, the caption at 9, the header at 10.
        let read = DataTable.read(block("caption: Kết quả\nHuyện,Buổi,Tỷ lệ\nLâm Hà,6003,86.1%\nĐức Trọng,1297\n"), path: "a.md", bodyLine: 6)
        #expect(read.table == nil)
        #expect(read.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message) | \($0.hint ?? "")" } == [
            "12:1 this row has 2 cells, but the header has 3 | give every row one cell a column, empty ones too (a,,c); a cell holding a comma goes in quotes: \"86,1%\"",
        ])
    }

    @Test func anUnclosedQuoteIsAnErrorAtItsQuote() {
        let read = DataTable.read(block("Huyện,Tỷ lệ\nLâm Hà,\"86,1%\n"), path: "a.md", bodyLine: 1)
        #expect(read.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == ["5:8 the quoted cell is not closed"])
    }

    @Test func anEmptyBlockIsAnError() {
        let read = DataTable.read(block("caption: Trống\n"), path: "a.md", bodyLine: 1)
        #expect(read.diagnostics.map(\.message) == ["the table has no rows"])
    }
}
