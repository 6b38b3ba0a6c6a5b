import Foundation
import Testing
@testable import BantinCore

@Suite("Charts of the example bulletin")
struct ChartViewsTests {
    /// Every `<figure class="chart …">…</figure>` of every page of the example site.
    static let figures: [(page: String, html: String)] = {
        ExampleSite.result.files.filter { $0.path.hasSuffix(".html") }.flatMap { file -> [(String, String)] in
            let html = String(decoding: file.contents, as: UTF8.self)
            var found: [(String, String)] = []
            var rest = html[...]
            while let start = rest.range(of: "<figure class=\"chart"), let end = rest[start.upperBound...].range(of: "</figure>") {
                found.append((file.path, String(rest[start.lowerBound..<end.upperBound])))
                rest = rest[end.upperBound...]
            }
            return found
        }
    }()

    @Test func theExampleSiteHasChartsOfEveryKindItsFiguresCallFor() {
        let kinds = Set(Self.figures.compactMap { figure in
            ["ratio", "breakdown", "comparison", "time-series"].first { figure.html.contains("chart chart-\($0)") }
        })
        // No two units of one level report the same metric for the same period in the example, so
        // it has no comparison: the statistics pages no longer rank a province against a district.
        #expect(kinds.isSuperset(of: ["ratio", "breakdown"]))
        #expect(Self.figures.count > 20)
    }

    @Test func everyChartParsesAsXMLWithAViewBoxANameAndADescription() throws {
        for figure in Self.figures {
            let start = try #require(figure.html.range(of: "<svg"))
            let end = try #require(figure.html.range(of: "</svg>"))
            let svg = String(figure.html[start.lowerBound..<end.upperBound])
            let parsed = try XMLDocumentParser.parse(svg)
            #expect(parsed.root == "svg", "\(figure.page)")
            #expect(parsed.attributes["viewBox"]?.isEmpty == false, "\(figure.page)")
            #expect(parsed.attributes["width"] == nil && parsed.attributes["height"] == nil, "\(figure.page)")
            #expect(parsed.attributes["role"] == "img", "\(figure.page)")
            #expect(parsed.elements.prefix(3).contains("title") && parsed.elements.prefix(3).contains("desc"), "\(figure.page)")
        }
    }

    @Test func everyChartHasATableOfTheSameDataBesideIt() {
        for figure in Self.figures {
            #expect(figure.html.contains("<table"), "\(figure.page)")
            #expect(figure.html.contains("<th scope="), "\(figure.page)")
        }
    }

    @Test func aRatioCardStatesTheFindingInVietnamese() throws {
        let page = try #require(TestSite.page("bai-viet/lam-dong-ket-qua-noi-bat-2024/index.html", of: ExampleSite.result))
        #expect(page.contains("<desc id=\"chart-"))
        #expect(page.contains("đạt 86,1% (1.010/1.173)"))
        // Charts give every percentage one decimal; the card quotes the article's 92,91%.
        #expect(page.contains("đạt 92,9% (118/127)"))
        #expect(page.contains("118/127 vụ (92,91%)"))
    }

    @Test func chartIdsAreUniqueOnEachPage() throws {
        for file in ExampleSite.result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            var ids: [String] = []
            var rest = html[...]
            while let range = rest.range(of: " id=\"") {
                let value = rest[range.upperBound...].prefix { $0 != "\"" }
                ids.append(String(value))
                rest = rest[range.upperBound...]
            }
            #expect(Set(ids).count == ids.count, "\(file.path) repeats an id")
        }
    }

    /// A scaled figure is charted in the metric's unit with the decimals the scale leaves:
    /// "74,2" tỷ is 74.200.000.000, not 74.200.000.000,0.
    @Test func aScaledFigureIsChartedInItsUnitWithoutTheDecimalsOfItsScale() throws {
        let files = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(facts: "values:\n  gift_value: {value: \"74,2\", scale: billion}\n"),
            "content/articles/2024/lam-ha.md": TestSite.article(title: "Lâm Hà tổng kết năm 2024", date: "2024-05-26", body: """
                Kết quả phong trào năm 2024.

                ```facts
                values:
                  gift_value: {value: "1,25", scale: thousand}
                ```

                """),
        ])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: result))
        let start = try #require(page.range(of: "<figure class=\"chart chart-time-series"))
        let end = try #require(page[start.upperBound...].range(of: "</figure>"))
        let figure = page[start.lowerBound..<end.upperBound]
        #expect(figure.contains("<tr><th scope=\"row\">2023</th><td>74.200.000.000</td></tr>"))
        #expect(figure.contains("<tr><th scope=\"row\">2024</th><td>1.250</td></tr>"))
        #expect(figure.contains("Giá trị quà tặng ở Huyện Lâm Hà giảm từ 74.200.000.000 (2023) xuống 1.250 (2024)."))
    }
}
