import Foundation
import Testing
@testable import BantinCore

@Suite("Fact suggestions")
struct FactSuggesterTests {
    static let suggester = FactSuggester(schema: TestSite.schema)

    @Test func figuresAreProposedWithTheirBoundRatioPercentScaleAndParts() {
        let text = """
            ---
            title: Thử
            ---

            Đã tổ chức được 6.003 buổi tuyên truyền có 367.486 lượt người tham dự; quần chúng cung cấp trên 2.000 tin có giá trị.

            *Ảnh: 05 buổi.*

            Làm rõ 1.010/1.173 vụ (đạt 86,1%). Tổ chức 1.297 điểm Ngày hội, trong đó cấp tỉnh 24 điểm, cấp huyện 173 điểm, cấp xã 1.100 điểm; trao quà trị giá 74,2 tỷ đồng trong 10 năm.

            """
        #expect(FactSuggester.render(Self.suggester.suggest(text)) == """
            # after the paragraph of line 5
            ```facts
            values:
              propaganda_sessions: "6.003"
              propaganda_attendees: "367.486"
              valuable_tips: {value: "2.000", approx: over}
            ```

            # after the paragraph of line 9
            ```facts
            values:
              cases_solved: {value: "1.010", of: "1.173", percent: "86,1"}
              festival_sites: {value: "1.297", parts: {provincial: "24", district: "173", commune: "1.100"}}
              gift_value: {value: "74,2", scale: billion}
            # line 9: 10 not placed: no metric has the unit of "10 năm."
            ```

            """)
    }

    @Test func aMetricTheTextGivesTwoValuesIsLeftToTheWriter() {
        let suggestions = Self.suggester.suggest("Năm 2023 tổ chức 120 buổi.\n\nNăm 2024 tổ chức 150 buổi.\n")
        #expect(suggestions.flatMap(\.figures).isEmpty)
        #expect(suggestions.flatMap(\.unplaced).map(\.reason) == [
            "no metric has the unit of \"2023 tổ chức 120\"",
            "the text gives 'propaganda_sessions' more than one value",
            "no metric has the unit of \"2024 tổ chức 150\"",
            "the text gives 'propaganda_sessions' more than one value",
        ])
    }

    /// The five news items the example site was made from, as plain text, and the article made of each.
    static let seeds = [
        ("000_9b8ad3c6d849f09e.txt", "content/articles/2023/lam-ha-tong-ket-10-nam-phong-trao.md"),
        ("001_0ae35a70e73332d9.txt", "content/articles/2023/long-an-lan-toa-phong-trao.md"),
        ("002_446fc352030a90de.txt", "content/articles/2023/binh-dinh-tiep-tuc-phoi-hop.md"),
        ("003_3735d06d48709040.txt", "content/articles/2025/lam-dong-ket-qua-noi-bat-2024.md"),
        ("004_b3e43a2611a7a97e.txt", "content/articles/2024/lai-chau-hieu-qua-phong-trao.md"),
    ]

    @Test func onTheFiveSeedArticlesMostRecordedFiguresAreProposedAndNoneWrongly() throws {
        var diagnostics = DiagnosticBag()
        let source = MemorySiteSource(files: ExampleSite.files)
        let references = SiteReferences.load(from: source, diagnostics: &diagnostics)
        let parser = ArticleParser(gazetteer: references.gazetteer, schema: references.schema)
        let suggester = FactSuggester(schema: references.schema)
        var recordedCount = 0
        var found = 0
        var wrong: [String] = []
        var missed: [String] = []
        for (seed, articlePath) in Self.seeds {
            let seedText = try String(contentsOf: TestSite.fixtures.appendingPathComponent("seeds/" + seed), encoding: .utf8)
            let article = try #require(parser.parse(SourceFile(path: articlePath, text: String(decoding: ExampleSite.files[articlePath]!, as: UTF8.self))).article)
            var recorded: [String: Set<Double>] = [:]
            for fact in article.facts { recorded[fact.metric, default: []].insert(fact.written.value) }
            recordedCount += article.facts.count
            let proposed = suggester.suggest(seedText).flatMap(\.figures)
            var proposedValues: [String: Double] = [:]
            for figure in proposed {
                proposedValues[figure.metric] = figure.value.value
                if let values = recorded[figure.metric], !values.contains(figure.value.value) {
                    wrong.append("\(seed): \(figure.metric) \(figure.value.value), recorded \(values.sorted())")
                }
                if recorded[figure.metric] == nil, article.facts.contains(where: { $0.written.value == figure.value.value }) {
                    wrong.append("\(seed): \(figure.metric) \(figure.value.value) is recorded under another metric")
                }
            }
            for fact in article.facts {
                if proposedValues[fact.metric] == fact.written.value { found += 1 } else { missed.append("\(seed): \(fact.metric) \(fact.written.value)") }
            }
        }
        #expect(wrong == [])
        #expect(Double(found) >= 0.8 * Double(recordedCount), "found \(found) of \(recordedCount); missed: \(missed.joined(separator: "; "))")
    }
}
