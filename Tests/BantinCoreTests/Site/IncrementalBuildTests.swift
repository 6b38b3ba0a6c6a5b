import Foundation
import Testing
@testable import BantinCore

@Suite("Incremental builds")
struct IncrementalBuildTests {
    static let other = "content/articles/2024/dinh-van.md"

    static func files(body: String = "Ngày 26/5, Công an huyện Lâm Hà tổng kết phong trào.\n", title: String = "Lâm Hà tổng kết phong trào") -> [String: String] {
        TestSite.files(with: [
            TestSite.articlePath: TestSite.article(title: title, body: body + "\n```facts\nvalues:\n  propaganda_sessions: 12\n```\n\nXem [Đinh Văn](../2024/dinh-van.md).\n"),
            other: TestSite.article(title: "Đinh Văn ra quân", date: "2024-03-02", locality: "lam-dong/lam-ha/dinh-van"),
        ])
    }

    static func build(_ files: [String: String], previous: BuildCache? = nil) -> BuildResult {
        SiteBuilder(source: MemorySiteSource(files)).build(previous: previous)
    }

    @Test func aFullBuildLeavesACacheOfEveryArticle() throws {
        let result = Self.build(Self.files())
        #expect(result.mode == .full)
        let cache = try #require(result.cache)
        #expect(cache.articles.keys.sorted() == [TestSite.articlePath, Self.other])
        #expect(cache.articles[TestSite.articlePath]?.outputs == ["bai-viet/lam-ha-tong-ket-phong-trao/index.html"])
        // The successors of 1 July 2025 have pages too: they show their predecessors' news as history.
        #expect(cache.localitiesWithPages == ["lam-dong", "lam-dong/dinh-van-lam-ha@2025", "lam-dong/lam-ha", "lam-dong/lam-ha/dinh-van", "lam-dong@2025"])
        #expect(cache.outputs == result.files.map(\.path))
    }

    @Test func withNothingChangedNothingIsBuilt() throws {
        let first = try #require(Self.build(Self.files()).cache)
        let second = Self.build(Self.files(), previous: first)
        #expect(second.mode == .partial(articles: []))
        #expect(second.files.isEmpty)
        #expect(second.cache == first)
    }

    @Test func editingTheTextOfOneArticleRebuildsOnlyItsPageExactlyAsAColdBuild() throws {
        let first = try #require(Self.build(Self.files()).cache)
        // A later paragraph: the first one is the summary, which list pages show.
        var edited = Self.files()
        edited[TestSite.articlePath] = edited[TestSite.articlePath]!.replacingOccurrences(of: "Xem [Đinh Văn]", with: "Xem thêm tin [Đinh Văn]")
        let incremental = Self.build(edited, previous: first)
        #expect(TestSite.report(incremental) == "")
        #expect(incremental.mode == .partial(articles: [TestSite.articlePath]))
        // Its page, and of the search index only the files whose words or text changed (here the
        // shards of "thêm" and "tin" and the file of results that shows its text), not the manifest.
        let before = Self.build(Self.files())
        let searchFiles = before.files.filter { $0.path.hasPrefix("tim-kiem/") && $0.path.hasSuffix(".js") }
        let rewritten = incremental.files.map(\.path).filter { $0.hasPrefix("tim-kiem/") }
        #expect(incremental.files.map(\.path) == ["bai-viet/lam-ha-tong-ket-phong-trao/index.html"] + rewritten)
        #expect(!rewritten.isEmpty && rewritten.count < searchFiles.count)
        let cold = Self.build(edited)
        for file in incremental.files {
            #expect(cold.files.first { $0.path == file.path } == file, "\(file.path)")
        }
        for file in searchFiles where !rewritten.contains(file.path) {
            #expect(cold.files.first { $0.path == file.path } == file, "\(file.path) changed but was not written")
        }
        // And each file written is one the edit changed: no other shard is written again.
        for path in rewritten {
            #expect(before.files.first { $0.path == path } != cold.files.first { $0.path == path }, "\(path) was written unchanged")
        }
        #expect(incremental.cache?.search == cold.cache?.search)
        #expect(incremental.cache?.searchFiles == cold.cache?.searchFiles)
        #expect(incremental.cache?.articles[TestSite.articlePath]?.fingerprint == cold.cache?.articles[TestSite.articlePath]?.fingerprint)
    }

    @Test(arguments: [
        ("a new title", files(title: "Lâm Hà tổng kết mười năm")),
        ("a new summary (the first paragraph)", files(body: "Một câu mở đầu khác.\n")),
        ("a new figure", TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: "values:\n  propaganda_sessions: 13\n"), other: files()[other]!])),
        ("a new article", files().merging(["content/articles/2025/moi.md": TestSite.article(title: "Bài mới")]) { $1 }),
    ])
    func whatOtherPagesShowRebuildsThosePagesToo(change: String, files: [String: String]) throws {
        let first = Self.build(Self.files())
        let result = Self.build(files, previous: try #require(first.cache))
        #expect(result.mode != .full, "\(change)")
        #expect(TestSite.report(result) == "", "\(change)")
        var output = Dictionary(uniqueKeysWithValues: first.files.map { ($0.path, $0.contents) })
        for path in result.removed { output[path] = nil }
        for file in result.files { output[file.path] = file.contents }
        let cold = Self.build(files)
        #expect(output == Dictionary(uniqueKeysWithValues: cold.files.map { ($0.path, $0.contents) }), "\(change)")
    }

    @Test(arguments: [
        ("a changed gazetteer", files().merging(["content/localities.yaml": TestSite.localitiesYAML + "- {name: Bình Định, kind: tỉnh}\n"]) { $1 }),
        ("a changed theme template", files().merging(["templates/footer.mustache": "<footer>{{t.footer_note}}</footer>\n"]) { $1 }),
    ])
    func aChangeBesideArticlesMakesAFullBuild(change: String, files: [String: String]) throws {
        let first = try #require(Self.build(Self.files()).cache)
        let result = Self.build(files, previous: first)
        #expect(result.mode == .full, "\(change)")
        #expect(TestSite.report(result) == "", "\(change)")
    }

    @Test func anErrorInTheEditedArticleIsReportedAndNothingIsReturned() throws {
        let first = try #require(Self.build(Self.files()).cache)
        var broken = Self.files()
        broken[TestSite.articlePath] = broken[TestSite.articlePath]!.replacingOccurrences(of: "../2024/dinh-van.md", with: "../2019/khong-co.md")
        let result = Self.build(broken, previous: first)
        #expect(result.files.isEmpty)
        #expect(result.cache == nil)
        #expect(result.mode == .partial(articles: [TestSite.articlePath]))
        #expect(TestSite.report(result).hasPrefix("content/articles/2023/lam-ha.md:14:16: error: the link '../2019/khong-co.md' leads to no article or page [broken-link]\n   14 | Xem [Đinh Văn](../2019/khong-co.md).\n"))
    }

    @Test func aCacheOfAnotherFormatIsIgnored() throws {
        var first = try #require(Self.build(Self.files()).cache)
        first.format = "bantin-cache-0"
        #expect(Self.build(Self.files(), previous: first).mode == .full)
    }

    @Test func stableHashesAreTheSameInEveryProcess() {
        #expect(StableHash.of(Array("".utf8)) == "cbf29ce484222325")
        #expect(StableHash.of(Array("Lâm Hà".utf8)) == StableHash.of(Array("Lâm Hà".utf8)))
        #expect(StableHash.of(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}

@Suite("Memory for large sites")
struct BodyBudgetTests {
    @Test func bodiesLetGoAfterParsingGiveTheSamePages() {
        var files = ExampleSite.files
        files["site.yaml"] = Data(ExampleSite.siteYAML.utf8)
        let kept = SiteBuilder(source: MemorySiteSource(files: files)).build()
        let released = SiteBuilder(source: MemorySiteSource(files: files), options: BuildOptions(bodyBudget: 0)).build()
        #expect(kept.succeeded && released.succeeded)
        #expect(released.files == kept.files)
    }

    @Test func theLoaderLetsGoOfBodiesOverTheBudget() {
        var bag = DiagnosticBag()
        let loader = SiteLoader(source: MemorySiteSource(files: ExampleSite.files), options: BuildOptions(bodyBudget: 0))
        let (site, _) = loader.load(diagnostics: &bag)!
        #expect(site.articles.allSatisfy { $0.bodyReleased && $0.document.html.isEmpty })
    }

    /// Each kept body goes with its page: after the article pages no article holds one, and a
    /// page made again (its body taken already) is parsed again from the file, the same.
    @Test func eachBodyIsLetGoAsItsPageIsMade() throws {
        var bag = DiagnosticBag()
        let source = MemorySiteSource(files: ExampleSite.files)
        let (site, theme) = try #require(SiteLoader(source: source, options: BuildOptions()).load(diagnostics: &bag))
        #expect(site.articles.allSatisfy { !$0.bodyReleased && !$0.document.html.isEmpty })
        let templates = try #require(TemplateLibrary(theme: theme, required: SiteRenderer.requiredTemplates, diagnostics: &bag))
        let renderer = SiteRenderer(site: site, theme: theme, templates: templates, source: source)
        let first = renderer.renderArticles(site.articles, outputs: [], diagnostics: &bag)
        #expect(site.articles.allSatisfy { $0.document.html.isEmpty })
        let again = renderer.renderArticles(site.articles, outputs: [], diagnostics: &bag)
        #expect(!first.isEmpty)
        #expect(again == first)
    }
}
