import Foundation
import Testing
@testable import BantinCore

/// Inputs far larger or deeper than any bulletin: each ends in a page or a diagnostic, in seconds.
///
/// The inputs are made in the test, never committed.
@Suite("Huge and deep inputs")
struct HugeInputTests {
    static let page = "bai-viet/lam-ha-tong-ket-phong-trao/index.html"

    /// Each diagnostic as `path:line:column message`, without the (very long) source line.
    private func places(_ result: BuildResult) -> [String] {
        result.diagnostics.map { d in (d.location.map { "\($0.file):\($0.line):\($0.column) " } ?? "") + d.message }
    }

    private func seconds(_ work: () -> Void) -> Double {
        let start = Date()
        work()
        return Date().timeIntervalSince(start)
    }

    /// About 10 s in a debug build on two cores: left on, since it is the case the brief names.
    @Test func aFiftyMegabyteArticleGetsItsPage() throws {
        let paragraph = "Ngày 26/5, Công an huyện Lâm Hà tổ chức hội nghị tổng kết phong trào, với **6.003 buổi** tuyên truyền và [bài gốc](https://example.vn/bai).\n\n"
        let body = String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count + 1) + "Hết bài.\n"
        #expect(body.utf8.count > 50_000_000)
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)]))
        #expect(TestSite.report(result) == "")
        let page = try #require(result.files.first { $0.path == Self.page })
        #expect(page.contents.count > 50_000_000)
        let tail = String(decoding: page.contents.suffix(4096), as: UTF8.self)
        #expect(tail.contains("<p>Hết bài.</p>\n\n</div>"))
    }

    @Test(arguments: [
        ("> ", "<blockquote>"), ("- ", "<ul>"), ("1. ", "<ol>"), ("* ", "<ul>"),
    ])
    func tenThousandNestedMarkdownBlocksMakeAPage(_ marker: String, _ element: String) throws {
        let body = String(repeating: marker, count: 10_000) + "sâu\n"
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)]))
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page(Self.page, of: result))
        let start = try #require(page.range(of: "<div class=\"article-body\">"))
        let rendered = page[start.upperBound...]
        #expect(rendered.components(separatedBy: element).count - 1 == 10_000)
        #expect(rendered.contains("sâu"))
    }

    @Test func tenThousandOpenBracketsAndEmphasisMarksMakeAPage() throws {
        let body = String(repeating: "[", count: 10_000) + "a" + String(repeating: "](b)", count: 10_000) + "\n\n"
            + String(repeating: "*", count: 10_000) + "đậm" + String(repeating: "*", count: 10_000) + "\n\n"
            + String(repeating: "`", count: 10_000) + "\n"
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)]))
        // Links do not nest: the innermost is the one link, to `b`, a file that does not exist.
        #expect(places(result) == ["content/articles/2023/lam-ha.md:7:10004 the link 'b' leads to no file"])
    }

    @Test(arguments: [("[", "]", 8), ("{a: ", "}", 3999)])
    func tenThousandNestedYAMLCollectionsInFrontMatterAreADiagnostic(_ open: String, _ close: String, _ column: Int) {
        let nested = String(repeating: open, count: 10_000) + String(repeating: close, count: 10_000)
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(extra: "tags: \(nested)\n")]))
        #expect(places(result) == [
            "content/articles/2023/lam-ha.md:5:\(column) invalid YAML: Maximum nesting level reached, set with yaml_set_max_nest_level()) while parsing",
        ])
    }

    @Test(arguments: [("[", "]", 25, 10), ("{a: ", "}", 4012, 4001)])
    func tenThousandNestedYAMLCollectionsInAFactBlockAreADiagnostic(_ open: String, _ close: String, _ column: Int, _ topColumn: Int) {
        let nested = String(repeating: open, count: 10_000) + String(repeating: close, count: 10_000)
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: "values:\n  propaganda_sessions: \(nested)\n")]))
        #expect(places(result) == [
            "content/articles/2023/lam-ha.md:11:\(column) invalid YAML: Maximum nesting level reached, set with yaml_set_max_nest_level()) while parsing",
        ])
        let top = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: "values: \(nested)\n")]))
        #expect(places(top) == [
            "content/articles/2023/lam-ha.md:10:\(topColumn) invalid YAML: Maximum nesting level reached, set with yaml_set_max_nest_level()) while parsing",
        ])
    }

    /// Just under libYAML's limit, the tree is composed, by recursion, on the build's worker threads.
    @Test func nineHundredNinetyNineLevelsInSeveralArticlesAtOnceAreDiagnostics() {
        let flow = String(repeating: "[", count: 999) + String(repeating: "]", count: 999)
        let block = (0..<998).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + String(repeating: " ", count: 998) + "v: 1\n"
        let result = TestSite.build(TestSite.files(with: [
            TestSite.articlePath: TestSite.article(extra: "tags: \(flow)\n"),
            "content/articles/2024/b.md": TestSite.article(facts: block, title: "Bài B"),
            "content/articles/2024/c.md": TestSite.article(facts: "values:\n  propaganda_sessions: \(flow)\n", title: "Bài C"),
        ]))
        #expect(places(result) == [
            "content/articles/2023/lam-ha.md:5:8 each item of 'tags' must be text",
            "content/articles/2024/b.md:9:1 the fact block has no 'values'",
            "content/articles/2024/b.md:10:1 unknown key 'k0' in a fact block",
            "content/articles/2024/c.md:11:24 the value of 'propaganda_sessions' must be a mapping of keys to values",
        ])
    }

    /// "Billion laughs": anchors of lists of aliases, used as a key, which libYAML's composer hashes whole.
    /// Hashed, it would take hours; the limit is a generous bound on a refusal that takes milliseconds,
    /// so that a loaded machine does not fail it.
    @Test(.timeLimit(.minutes(2)))
    func anAliasOfAliasesIsADiagnosticNotAHang() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "? *a9\n: 1\n"
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(extra: yaml)]))
        #expect(TestSite.report(result) == """
            content/articles/2023/lam-ha.md:6:10: error: YAML aliases like '*a0' are not read [yaml-alias]
                6 | a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
                  |          ^~~
               hint: write the value out in full where the alias is, and remove the anchor '&…'

            """)
        let facts = TestSite.report(TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: "values:\n  propaganda_sessions: &n 6003\n  valuable_tips: *n\n")]))
        #expect(facts == """
            content/articles/2023/lam-ha.md:12:18: error: YAML aliases like '*n' are not read [yaml-alias]
               12 |   valuable_tips: *n
                  |                  ^~
               hint: write the value out in full where the alias is, and remove the anchor '&…'

            """)
    }

    /// One diagnostic per unknown metric, and time that grows with the count, not its square: the
    /// ratio of the two times is the check, the limit only a generous bound for a loaded machine.
    @Test(.timeLimit(.minutes(10)))
    func aFactBlockWithAHundredThousandValuesFinishesInSeconds() throws {
        func build(_ count: Int) -> BuildResult {
            let values = (0..<count).map { "  metric_\($0): \($0)\n" }.joined()
            return TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: "values:\n" + values)]))
        }
        var small: BuildResult?
        var large: BuildResult?
        let smallTime = seconds { small = build(10_000) }
        let largeTime = seconds { large = build(100_000) }
        let result = try #require(large)
        #expect(try #require(small).diagnostics.count == 10_000)
        #expect(result.diagnostics.count == 100_000)
        #expect(places(result).first == "content/articles/2023/lam-ha.md:11:3 unknown metric 'metric_0'")
        #expect(places(result).last == "content/articles/2023/lam-ha.md:100010:3 unknown metric 'metric_99999'")
        #expect(largeTime < 25 * smallTime + 2, "10,000 values took \(smallTime) s, 100,000 took \(largeTime) s")
    }
}
