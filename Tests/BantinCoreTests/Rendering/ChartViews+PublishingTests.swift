import Foundation
import Testing
@testable import BantinCore

@Suite("Charts published with their sources, data, anchor and embed page")
struct ChartViewsPublishingTests {
    /// Lâm Hà's sessions over two years from two articles (one with a `source:`), and Đức Trọng's
    /// for 2023, so that the old Lâm Đồng compares its two districts.
    static func files(baseURL: String? = nil) -> [String: String] {
        TestSite.files(with: [
            "site.yaml": TestSite.siteYAML + (baseURL.map { "base_url: \($0)\n" } ?? ""),
            TestSite.articlePath: TestSite.article(
                title: "Lâm Hà năm 2022", date: "2023-05-26", extra: "source: Báo Lâm Đồng\n",
                body: "Huyện tổ chức 1.200 buổi.\n\n```facts\nperiod: 2022\nvalues:\n  propaganda_sessions: 1200\n```\n"),
            "content/articles/2024/lam-ha-2023.md": TestSite.article(
                title: "Lâm Hà năm 2023", date: "2024-01-10",
                body: "Huyện tổ chức trên 1.500 buổi.\n\n```facts\nperiod: 2023\nvalues:\n  propaganda_sessions: {value: 1500, approx: over}\n  cases_solved: {value: 1010, of: 1173}\n```\n"),
            "content/articles/2024/duc-trong-2023.md": TestSite.article(
                title: "Đức Trọng năm 2023", date: "2024-01-05", locality: "lam-dong/duc-trong",
                body: "Huyện tổ chức 900 buổi.\n\n```facts\nperiod: 2023\nvalues:\n  propaganda_sessions: 900\n```\n"),
        ])
    }

    static let result = TestSite.build(files())
    static let series = "dien-bien-propaganda-sessions-lam-dong-lam-ha"
    static let seriesFolder = "nhung/dia-phuong/lam-dong/lam-ha/\(series)/"

    static func file(_ path: String, of result: BuildResult = result) -> Data? {
        result.files.first { $0.path == path }?.contents
    }

    @Test func theBuildSucceeds() {
        #expect(TestSite.report(Self.result) == "")
    }

    @Test func aTimeSeriesNamesItsSourcesItsDateItsDataAndItsAnchor() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: Self.result))
        let csv = try #require(Self.file(Self.seriesFolder + "du-lieu.csv"))
        #expect(csv.count == 285)
        #expect(ChartCSV.sizeText(csv.count) == "0,3 KB")
        #expect(page.contains(#"<figure class="chart chart-time-series" id="dien-bien-propaganda-sessions-lam-dong-lam-ha">"#))
        #expect(page.contains("""
            <figcaption class="chart-meta">
            <p class="chart-source">Nguồn: <a href="../../../bai-viet/lam-ha-nam-2022/index.html" title="Lâm Hà năm 2022">Báo Lâm Đồng</a>, <a href="../../../bai-viet/lam-ha-nam-2023/index.html">Lâm Hà năm 2023</a></p>
            <p class="chart-updated">Cập nhật: <time datetime="2024-01-10T00:00:00+07:00">10/01/2024</time></p>
            <p class="chart-links"><a href="../../../nhung/dia-phuong/lam-dong/lam-ha/dien-bien-propaganda-sessions-lam-dong-lam-ha/du-lieu.csv" download="dien-bien-propaganda-sessions-lam-dong-lam-ha.csv">Tải dữ liệu (CSV, 0,3 KB)</a> · <a href="#dien-bien-propaganda-sessions-lam-dong-lam-ha">Liên kết</a></p>
            <details class="chart-embed">
            <summary>Nhúng</summary>
            <p>Chưa có mã nhúng vì site.yaml chưa có base_url. <a href="../../../nhung/dia-phuong/lam-dong/lam-ha/dien-bien-propaganda-sessions-lam-dong-lam-ha/index.html">Trang riêng của biểu đồ</a></p>
            </details>
            </figcaption>
            """))
    }

    @Test func everyDownloadLabelGivesTheSizeOfTheFileItLinksTo() throws {
        var checked = 0
        for file in Self.result.files where file.path.hasSuffix(".html") && !file.path.hasPrefix("nhung/") {
            let html = String(decoding: file.contents, as: UTF8.self)
            for match in html.matches(of: #/<a href="([^"]+\.csv)" download="[^"]+">Tải dữ liệu \(CSV, ([^)]+)\)<\/a>/#) {
                let target = try #require(PathNormalizer.normalize(PathNormalizer.folder(of: file.path) + String(match.1)))
                let csv = try #require(Self.file(target), "\(file.path) links to \(target), which the build does not make")
                #expect(String(match.2) == ChartCSV.sizeText(csv.count))
                checked += 1
            }
        }
        // Lâm Hà's series and ratio, the old Lâm Đồng's comparison, the article's ratio, the metric pages' rankings.
        #expect(checked >= 5)
    }

    /// The rows of a CSV as RFC 4180 writes them: quoted fields may hold commas and doubled quotes.
    static func parse(_ data: Data) throws -> [[String]] {
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append(characters.removeFirst()) } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" {
                #expect(characters.popFirst() == "\n")
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        #expect(row.isEmpty && field.isEmpty, "the last line ends in CRLF")
        return rows
    }

    /// The rows of the chart's table on the page: the row heading and the cells, as text.
    static func tableRows(of anchor: String, in page: String) throws -> [[String]] {
        let start = try #require(page.range(of: "id=\"\(anchor)\""))
        let figure = page[start.upperBound...]
        let end = try #require(figure.range(of: "</figure>"))
        return figure[..<end.lowerBound].matches(of: #/<tr><th scope="row">(?:<a [^>]*>)?([^<]*)(?:<\/a>)?<\/th>((?:<td>[^<]*<\/td>)*)<\/tr>/#).map { match in
            [String(match.1)] + String(match.2).matches(of: #/<td>([^<]*)<\/td>/#).map { String($0.1) }
        }
    }

    @Test func theCSVOfATimeSeriesHoldsExactlyTheChartsRows() throws {
        let rows = try Self.parse(try #require(Self.file(Self.seriesFolder + "du-lieu.csv")))
        #expect(rows.first == ["metric", "label", "unit", "period", "locality", "locality_name", "part", "part_label", "approx", "value", "of"])
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: Self.result))
        let table = try Self.tableRows(of: Self.series, in: page)
        #expect(table == [["2022", "1.200"], ["2023", "trên 1.500"]])
        // Each data row is the table's row: its period, and its value with the hedge in its own column.
        let data = Array(rows.dropFirst())
        #expect(data.map { [$0[3], ($0[8].isEmpty ? "" : $0[8] + " ") + VietnameseNumberFormat.number(Double($0[9])!, maxFractionDigits: 0)] } == table)
        #expect(data == [
            ["propaganda_sessions", "Buổi tuyên truyền", "buổi", "2022", "lam-dong/lam-ha", "Huyện Lâm Hà", "", "", "", "1200", ""],
            ["propaganda_sessions", "Buổi tuyên truyền", "buổi", "2023", "lam-dong/lam-ha", "Huyện Lâm Hà", "", "", "trên", "1500", ""],
        ])
    }

    @Test func theCSVOfAComparisonFollowsTheChartsOrderAndARatioKeepsItsTotal() throws {
        let comparison = "so-sanh-propaganda-sessions-lam-dong-truoc-2025-2023"
        let page = try #require(TestSite.page("dia-phuong/lam-dong/index.html", of: Self.result))
        #expect(page.contains(#"<figure class="chart chart-comparison" id="\#(comparison)">"#))
        let rows = try Self.parse(try #require(Self.file("nhung/dia-phuong/lam-dong/\(comparison)/du-lieu.csv")))
        #expect(try Self.tableRows(of: comparison, in: page).map(\.first) == rows.dropFirst().map { $0[5] })
        #expect(rows.dropFirst().map { [$0[4], $0[8], $0[9]] } == [["lam-dong/lam-ha", "trên", "1500"], ["lam-dong/duc-trong", "", "900"]])
        let ratio = "ty-le-cases-solved-lam-dong-lam-ha-2023"
        let ratioRows = try Self.parse(try #require(Self.file("nhung/dia-phuong/lam-dong/lam-ha/\(ratio)/du-lieu.csv")))
        #expect(ratioRows.dropFirst().map { [$0[0], $0[3], $0[9], $0[10]] } == [["cases_solved", "2023", "1010", "1173"]])
    }

    @Test func aChartOfOneFigureHasItsCSVButNoPageToEmbed() throws {
        let ratio = "ty-le-cases-solved-lam-dong-lam-ha-2023"
        let article = try #require(TestSite.page("bai-viet/lam-ha-nam-2023/index.html", of: Self.result))
        #expect(article.contains(#"<figure class="chart chart-ratio" id="\#(ratio)">"#))
        #expect(article.contains(#"<a href="../../nhung/bai-viet/lam-ha-nam-2023/\#(ratio)/du-lieu.csv" download="\#(ratio).csv">"#))
        #expect(Self.file("nhung/bai-viet/lam-ha-nam-2023/\(ratio)/du-lieu.csv") == Self.file("nhung/dia-phuong/lam-dong/lam-ha/\(ratio)/du-lieu.csv"))
        let figure = try #require(article.firstMatch(of: #/<figure class="chart chart-ratio"[\s\S]*?<\/figure>/#))
        #expect(figure.output.contains(##"<a href="#\##(ratio)">Liên kết</a>"##))
        #expect(!figure.output.contains("chart-embed"))
        #expect(Self.file("nhung/bai-viet/lam-ha-nam-2023/\(ratio)/index.html") == nil)
        #expect(Self.file("nhung/dia-phuong/lam-dong/lam-ha/\(ratio)/index.html") == nil)
    }

    @Test func theEmbedPageShowsTheChartItsSourcesAndTheWayBack() throws {
        let embed = try #require(TestSite.page(Self.seriesFolder + "index.html", of: Self.result))
        #expect(embed.contains(#"<meta name="robots" content="noindex">"#))
        #expect(embed.contains(#"<link rel="stylesheet" href="../../../../../css/style.css">"#))
        #expect(embed.contains(#"<h1 class="chart-title">Buổi tuyên truyền (buổi) – Huyện Lâm Hà</h1>"#))
        #expect(embed.contains(#"<p class="chart-source">Nguồn: <a href="../../../../../bai-viet/lam-ha-nam-2022/index.html" title="Lâm Hà năm 2022">Báo Lâm Đồng</a>"#))
        #expect(embed.contains(#"<a href="du-lieu.csv" download="\#(Self.series).csv">Tải dữ liệu (CSV, 0,3 KB)</a></p>"#))
        #expect(embed.contains(#"<p class="embed-origin"><a href="../../../../../dia-phuong/lam-dong/lam-ha/index.html#\#(Self.series)" target="_top">Xem trên trang: Huyện Lâm Hà</a>"#))
        // No embed code inside the embed page, and no link to an anchor it does not have.
        #expect(!embed.contains("chart-embed"))
        #expect(!embed.contains(">Liên kết</a>"))
    }

    @Test func withABaseURLTheSnippetIsAnIframeOfTheEmbedPagesAddress() throws {
        let result = TestSite.build(Self.files(baseURL: "https://example.gov.vn/bantin/"))
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: result))
        #expect(page.contains("""
            <label for="\(Self.series)-nhung">Mã nhúng biểu đồ vào trang khác (sao chép cả đoạn)</label>
            <textarea id="\(Self.series)-nhung" readonly rows="3">&lt;iframe src=&quot;https://example.gov.vn/bantin/nhung/dia-phuong/lam-dong/lam-ha/\(Self.series)/&quot; title=&quot;Buổi tuyên truyền (buổi) – Huyện Lâm Hà&quot; width=&quot;100%&quot; height=&quot;560&quot; style=&quot;border:0&quot; loading=&quot;lazy&quot;&gt;&lt;/iframe&gt;</textarea>
            """))
        // Embed pages are not listed for search engines: the page they come from is.
        let sitemap = try #require(TestSite.page("sitemap.xml", of: result))
        #expect(!sitemap.contains("/nhung/"))
        #expect(sitemap.contains("<loc>https://example.gov.vn/bantin/dia-phuong/lam-dong/lam-ha/</loc>"))
    }

    @Test func anchorsDoNotDependOnOtherCharts() throws {
        // Without Đức Trọng's article the old Lâm Đồng has no comparison; Lâm Hà's anchors stay.
        var files = Self.files()
        files["content/articles/2024/duc-trong-2023.md"] = nil
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: TestSite.build(files)))
        let ids = page.matches(of: #/<figure class="chart [^"]+" id="([^"]+)">/#).map { String($0.1) }
        #expect(ids == [Self.series, "ty-le-cases-solved-lam-dong-lam-ha-2023"])
    }

    @Test func openDataCSVHasTheByteOrderMarkAndTheJSONHasNone() throws {
        let csv = try #require(Self.file("du-lieu/facts.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv.dropFirst(3).prefix(7), as: UTF8.self) == "metric,")
        let json = try #require(Self.file("du-lieu/facts.json"))
        #expect(json.first == UInt8(ascii: "{"))
        for file in Self.result.files where file.path.hasSuffix(".csv") {
            #expect(Array(file.contents.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(file.path)")
        }
    }

    @Test func twoBuildsWriteTheSameBytes() {
        let again = TestSite.build(Self.files())
        #expect(Dictionary(uniqueKeysWithValues: again.files.map { ($0.path, $0.contents) })
            == Dictionary(uniqueKeysWithValues: Self.result.files.map { ($0.path, $0.contents) }))
    }
}
