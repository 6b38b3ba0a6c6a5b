import Foundation
import Testing
@testable import BantinCore

/// `<script>` and event handlers written anywhere an author or a gazetteer editor can write text.
///
/// Pages, feeds and SVG escape them; the Markdown body drops raw HTML; the search index cannot
/// close its script; the CSV and JSON exports keep the text exactly, as data.
@Suite("Hostile markup")
struct HostileMarkupTests {
    typealias H = HostileSite

    /// The lines of an output file that contain `needle`.
    private func lines(_ path: String, containing needle: String) throws -> [String] {
        try #require(H.text(path), "the build made no \(path)").components(separatedBy: "\n").filter { $0.contains(needle) }
    }

    @Test func theHostileSiteBuildsAndNothingInItRunsAScript() {
        // The dropped HTML is told, as warnings; nothing else is wrong.
        #expect(H.result.diagnostics.map { "\($0.severity) \($0.location?.line ?? 0): \($0.message)" } == [
            "warning 13: the HTML '<script>alert(1)</script>' is dropped from the page",
            "warning 15: the HTML '<img src=x onerror=alert(1)>' is dropped from the page",
            "warning 17: the HTML '<b onmouseover=alert(1)>' is dropped from the page",
        ])
        #expect(H.result.files.count > 25)
        #expect(OutputAudit.site(H.result.files) == [])
        // Outside the data exports, the charts' CSV files and the search index (data, not markup), the raw text is nowhere.
        for file in H.result.files where !["du-lieu/facts.csv", "du-lieu/facts.json"].contains(file.path) && !file.path.hasSuffix(".csv")
            && !(file.path.hasPrefix("tim-kiem/") && file.path.hasSuffix(".js")) {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(file.path)")
            #expect(!text.contains("<img src=x"), "\(file.path)")
            #expect(!text.contains("\"><script"), "\(file.path)")
        }
    }

    @Test func frontMatterIsEscapedInTheArticlePage() throws {
        #expect(try lines(H.titlePage, containing: "<h1>") == ["<h1>\(H.scriptEscaped)</h1>"])
        #expect(try lines(H.titlePage, containing: "<title>") == ["<title>\(H.scriptEscaped) – \(H.scriptEscaped)</title>"])
        #expect(try lines(H.articlePage, containing: "<meta name=\"description\"") == ["<meta name=\"description\" content=\"\(H.imageEscaped)\">"])
        #expect(try lines(H.articlePage, containing: "Tác giả") == ["<span>· Tác giả: \(H.breakoutEscaped)</span>"])
        #expect(try lines(H.articlePage, containing: "<span>· Nguồn:") == [
            "<span>· Nguồn: <a href=\"https://example.vn/?q=\(H.breakoutEscaped)\" rel=\"noopener\">\(H.scriptEscaped)</a></span>",
        ])
        #expect(try lines(H.articlePage, containing: "class=\"tags\"") == [
            "<p class=\"tags\">Chủ đề: <a class=\"tag\" href=\"../../chu-de/script-alert-1-script/index.html\">\(H.scriptEscaped)</a> "
                + "<a class=\"tag\" href=\"../../chu-de/img-src-x-onerror-alert-1/index.html\">\(H.imageEscaped)</a> </p>",
        ])
        #expect(try lines("chu-de/script-alert-1-script/index.html", containing: "<h1>") == ["<h1>Chủ đề: \(H.scriptEscaped)</h1>"])
    }

    @Test func rawHTMLInAMarkdownBodyIsDropped() throws {
        let page = try #require(H.text(H.articlePage))
        let body = try #require(page.components(separatedBy: "<div class=\"article-body\">\n").last)
        #expect(body.components(separatedBy: "\n").prefix(3) == [
            "<!-- raw HTML omitted -->",
            "<!-- raw HTML omitted -->",
            "<p>Chữ <!-- raw HTML omitted -->đậm<!-- raw HTML omitted --> và <!-- raw HTML omitted -->liên kết<!-- raw HTML omitted -->.</p>",
        ])
        #expect(try lines(H.freePage, containing: "<p>Trang") == ["<p>Trang <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --></p>"])
    }

    @Test func factBlockNotesAndSourcesAreEscaped() throws {
        #expect(try lines(H.articlePage, containing: "fact-note") == ["<span class=\"fact-note\">\(H.imageEscaped)</span>"])
        #expect(try lines(H.articlePage, containing: "fact-source") == ["<p class=\"fact-source\">Nguồn số liệu: \(H.scriptEscaped)</p>"])
        #expect(try lines(H.articlePage, containing: "fact-value").first == "<dd><span class=\"fact-value\">3 \(H.imageEscaped)</span> <span class=\"muted\">= 1 + 2</span>")
    }

    @Test func localityNamesAndMetricLabelsAreEscapedInPagesAndCharts() throws {
        let locality = "dia-phuong/\(H.province)/index.html"
        #expect(try lines(locality, containing: "<h1>") == ["<h1>Tỉnh \(H.scriptEscaped)</h1>"])
        #expect(try lines(locality, containing: "chart-1-title\">") == [
            "  <title id=\"chart-1-title\">\(H.scriptEscaped) (\(H.imageEscaped)) – Tỉnh \(H.scriptEscaped)</title>",
        ])
        #expect(try lines(locality, containing: "<text x=\"1\" y=\"").filter { $0.contains("Xã") } == [
            "      <text x=\"1\" y=\"22\">Xã Yên Bình</text>",
            "      <text x=\"1\" y=\"82\">Xã \(H.imageEscaped)</text>",
        ])
        #expect(try lines(H.articlePage, containing: "<text x=\"30\"") == [
            "      <text x=\"30\" y=\"81\" fill=\"var(--chart-text, #1a1a1a)\">\(H.scriptEscaped): 1 (33,3%)</text>",
            "      <text x=\"30\" y=\"113\" fill=\"var(--chart-text, #1a1a1a)\">\(H.imageEscaped): 2 (66,7%)</text>",
        ])
        #expect(try lines("thong-ke/hostile-count/index.html", containing: "Đơn vị tính") == [
            "<p class=\"meta\">Đơn vị tính: \(H.imageEscaped) · \(H.scriptEscaped)</p>",
        ])
        // Every chart is an SVG document of its own: well-formed, with no script element.
        var charts = 0
        for file in H.result.files where file.path.hasSuffix(".html") {
            let text = String(decoding: file.contents, as: UTF8.self)
            for piece in text.components(separatedBy: "<svg ").dropFirst() {
                let svg = "<svg " + (piece.components(separatedBy: "</svg>").first ?? "") + "</svg>"
                let parsed = try XMLDocumentParser.parse(svg)
                #expect(!parsed.elements.contains { $0.lowercased() == "script" || $0.lowercased() == "foreignobject" })
                charts += 1
            }
        }
        #expect(charts >= 6)
    }

    @Test func feedsEscapeTitlesAndSummaries() throws {
        #expect(try lines("atom.xml", containing: "<title>") == [
            "<title>\(H.scriptEscaped)</title>", "<title>\(H.scriptEscaped)</title>",
            "<title>Bài độc</title>", "<title>Lâm Hà tổng kết phong trào</title>",
        ])
        #expect(try lines("atom.xml", containing: "<summary>\(H.imageEscaped)</summary>").count == 1)
        #expect(try lines("dia-phuong/\(H.province)/atom.xml", containing: "<title>Tỉnh") == [
            "<title>Tỉnh \(H.scriptEscaped) – \(H.scriptEscaped)</title>",
        ])
        for file in H.result.files where file.path.hasSuffix(".xml") {
            _ = try XMLDocumentParser.parse(String(decoding: file.contents, as: UTF8.self))
        }
    }

    @Test func theSearchIndexCannotCloseItsScript() throws {
        let files = H.result.files.filter { $0.path.hasPrefix("tim-kiem/") && $0.path.hasSuffix(".js") }
        // The manifest, a shard of syllables (with their pairs) and a file of results.
        #expect(files.map(\.path).sorted() == ["tim-kiem/chi-muc.js", "tim-kiem/d/0.js", "tim-kiem/t/0.js"])
        for file in files {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(!text.contains("</"), "\(file.path)")
            #expect(OutputAudit.searchIndex(text) == [], "\(file.path)")
        }
        let results = try #require(H.text("tim-kiem/d/0.js"))
        #expect(results.hasPrefix(#"BANTIN_SEARCH_LOADED("d/0",[["<script>alert(1)<\/script>","bai-viet/script-alert-1-script/index.html","01/06/2024","Huyện Lâm Hà","#))
    }

    @Test func theExportsKeepTheTextExactlyAsData() throws {
        let csvText = try #require(H.text("du-lieu/facts.csv"))
        let csv = try #require(OutputAudit.parseCSV(csvText))
        #expect(csv.count == 6)
        let header = csv[0]
        let first = Dictionary(uniqueKeysWithValues: zip(header, csv[1]))
        #expect(first["label"] == H.script)
        #expect(first["unit"] == H.image)
        #expect(first["locality_name"] == "Tỉnh " + H.script)
        #expect(first["note"] == H.image)
        #expect(first["source"] == H.script)

        let jsonText = try #require(H.text("du-lieu/facts.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(jsonText.utf8)) as? [String: Any])
        let facts = try #require(json["facts"] as? [[String: Any]])
        #expect(facts.count == 5)
        #expect(facts[0]["label"] as? String == H.script)
        #expect(facts[0]["unit"] as? String == H.image)
        #expect(facts[0]["locality_name"] as? String == "Tỉnh " + H.script)
        #expect(facts[0]["note"] as? String == H.image)
        #expect(facts[0]["source"] as? String == H.script)
    }

    @Test func theSiteTitleAndTheMenuAreEscapedOnEveryPage() throws {
        for file in H.result.files where file.path.hasSuffix(".html") {
            let text = String(decoding: file.contents, as: UTF8.self)
            #expect(file.path.hasPrefix("nhung/") || text.contains("\">\(H.scriptEscaped)</a>"), "\(file.path) shows the site title")
            // A chart's page for embedding in other sites has no menu: only the chart and the way back.
            if file.path.hasPrefix("nhung/") {
                #expect(text.contains(" – \(H.scriptEscaped)</title>"), "\(file.path) names the site")
                continue
            }
            if file.path != "404.html" {
                #expect(text.contains("index.html\">\(H.imageEscaped)</a>"), "\(file.path) shows the menu")
            }
        }
    }
}
