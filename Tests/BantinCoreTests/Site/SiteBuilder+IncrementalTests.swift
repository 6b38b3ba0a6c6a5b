import Foundation
import Testing
@testable import BantinCore

/// Every kind of edit of an article, built incrementally and compared, file by file and byte by
/// byte, with a cold build of the same sources.
@Suite("Incremental builds of every kind of edit")
struct SiteBuilderIncrementalTests {
    /// Three articles a page, so that the home page, tags and localities have several pages.
    static let siteYAML = "title: Bản tin thử nghiệm\nlanguage: vi\ntheme: default\nbase_url: https://bantin.example.vn/\nper_page: 3\n"

    struct Spec {
        var path: String
        var title: String
        var date: String
        var locality: String
        var tags: [String]
        var facts: String?
        var body: String
    }

    /// Twelve articles over two districts, a city and a province; tags; figures of communes
    /// (compared on their district's page) and of a district over two years (a time series).
    static let specs: [Spec] = (0..<12).map { n in
        let places = ["lam-dong/lam-ha/dinh-van", "lam-dong/lam-ha/nam-ban", "lam-dong/lam-ha", "lam-dong/duc-trong", "lai-chau/lai-chau", "long-an"]
        let tags = [["an ninh"], ["phong trào", "an ninh"], ["tổng kết"], []][n % 4]
        var facts: String?
        switch n {
        case 0: facts = "values:\n  propaganda_sessions: 12\n"
        case 1: facts = "values:\n  propaganda_sessions: 30\n"
        case 2: facts = "period: 2022\nvalues:\n  propaganda_sessions: 41\n"
        case 8: facts = "period: 2023\nvalues:\n  propaganda_sessions: 45\n  cases_solved: {value: 9, of: 12}\n"
        default: break
        }
        let body = n == 3 ? "Một tin về [bài số sáu](../2023/bai-6.md).\n" : "Tin số \(n) của bản tin, về phong trào ở địa phương.\n"
        return Spec(path: "content/articles/\(2023 + n % 2)/bai-\(n).md", title: "Bài số \(n) về phong trào",
                    date: String(format: "2023-%02d-%02d", 1 + n % 12, 1 + n), locality: places[n % places.count],
                    tags: tags, facts: facts, body: body)
    }

    static func text(_ spec: Spec) -> String {
        var text = "---\ntitle: \(spec.title)\ndate: \(spec.date)\nlocality: \(spec.locality)\n"
        if !spec.tags.isEmpty { text += "tags: [\(spec.tags.joined(separator: ", "))]\n" }
        text += "---\n\n" + spec.body
        if let facts = spec.facts { text += "\nKết quả trong năm.\n\n```facts\n\(facts)```\n" }
        return text
    }

    static func files(_ specs: [Spec] = specs) -> [String: String] {
        var files = TestSite.files(with: [TestSite.articlePath: nil])
        files["site.yaml"] = siteYAML
        for spec in specs { files[spec.path] = text(spec) }
        return files
    }

    static func build(_ files: [String: String], previous: BuildCache? = nil) -> BuildResult {
        SiteBuilder(source: MemorySiteSource(files)).build(previous: previous)
    }

    /// The output folder after `result` is written over `output`.
    static func apply(_ result: BuildResult, to output: [String: Data]) -> [String: Data] {
        var output = output
        for path in result.removed { output[path] = nil }
        for file in result.files { output[file.path] = file.contents }
        return output
    }

    static func edited(_ change: (inout [Spec]) -> Void) -> [String: String] {
        var specs = specs
        change(&specs)
        return files(specs)
    }

    /// The edits, by name.
    static let edits: [(name: String, files: [String: String])] = [
        ("title", edited { $0[6].title = "Bài số sáu đổi tên" }),
        ("date", edited { $0[4].date = "2023-12-30" }),
        ("tags", edited { $0[4].tags = ["tổng kết", "bầu cử"] }),
        ("locality", edited { $0[6].locality = "lam-dong/lam-ha/nam-ban" }),
        // Đạ Đờn gets its first article, so a page that other pages now link to (and undone, loses it).
        ("locality without a page yet", edited { $0[6].locality = "lam-dong/lam-ha/da-don" }),
        ("an article in a new province", edited { $0.append(Spec(path: "content/articles/2025/tay-ninh.md", title: "Tin Tây Ninh", date: "2023-06-15",
                                                                 locality: "tay-ninh", tags: ["an ninh"], facts: "values:\n  valuable_tips: 7\n",
                                                                 body: "Tin.\n")) }),
        ("facts", edited { $0[0].facts = "values:\n  propaganda_sessions: 15\n" }),
        ("body", edited { $0[4].body += "\nMột đoạn thêm ở cuối bài.\n" }),
        ("delete", edited { $0.remove(at: 10) }),
        ("rename", edited { $0[9].path = "content/articles/2024/bai-chin.md" }),
        ("add", edited { $0.append(Spec(path: "content/articles/2025/moi.md", title: "Bài mới về an ninh", date: "2024-02-02",
                                        locality: "lam-dong/duc-trong", tags: ["an ninh"], facts: nil, body: "Một bài mới.\n")) }),
    ]

    @Test(arguments: edits.map(\.name))
    func anEditGivesExactlyTheOutputOfAColdBuild(name: String) throws {
        let files = try #require(Self.edits.first { $0.name == name }).files
        let base = Self.build(Self.files())
        #expect(TestSite.report(base) == "")
        let cache = try #require(base.cache)
        let output = Dictionary(uniqueKeysWithValues: base.files.map { ($0.path, $0.contents) })

        let incremental = Self.build(files, previous: cache)
        #expect(TestSite.report(incremental) == "", "\(name)")
        #expect(incremental.mode != .full, "\(name): \(incremental.fullBuildReason ?? "")")
        let cold = Self.build(files)
        let expected = Dictionary(uniqueKeysWithValues: cold.files.map { ($0.path, $0.contents) })
        let updated = Self.apply(incremental, to: output)
        #expect(updated.keys.sorted() == expected.keys.sorted(), "\(name)")
        for (path, contents) in expected where updated[path] != contents {
            Issue.record("\(name): \(path) differs from a cold build's")
        }
        #expect(incremental.cache?.outputs == cold.cache?.outputs, "\(name)")
        #expect(incremental.cache?.units == cold.cache?.units, "\(name)")
        #expect(incremental.cache?.search == cold.cache?.search, "\(name)")
        #expect(incremental.cache?.articles == cold.cache?.articles, "\(name)")

        // And back again, from the cache the incremental build left.
        let back = Self.build(Self.files(), previous: try #require(incremental.cache))
        #expect(back.mode != .full, "\(name) undone")
        let restored = Self.apply(back, to: updated)
        #expect(restored.keys.sorted() == output.keys.sorted(), "\(name) undone")
        for (path, contents) in output where restored[path] != contents {
            Issue.record("\(name) undone: \(path) differs from a cold build's")
        }
    }

    static func written(_ name: String) throws -> [String] {
        let files = try #require(edits.first { $0.name == name }).files
        let cache = try #require(build(Self.files()).cache)
        return build(files, previous: cache).files.map(\.path)
    }

    @Test func aNewTitleRewritesTheArticleItsListsAndTheArticlesLinkingToIt() throws {
        let written = try Self.written("title")
        // Article 6 is about Đinh Văn and tagged "tổng kết"; its new title gives it a new address.
        #expect(written.contains("bai-viet/bai-so-sau-doi-ten/index.html"))
        #expect(!written.contains("bai-viet/bai-so-6-ve-phong-trao/index.html"))
        // Article 3 links to it.
        #expect(written.contains("bai-viet/bai-so-3-ve-phong-trao/index.html"))
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/dinh-van/index.html"))
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/dinh-van/atom.xml"))
        #expect(written.contains("chu-de/tong-ket/index.html"))
        #expect(written.contains("sitemap.xml"))
        // An article of elsewhere, and another place's page, are not.
        #expect(!written.contains("bai-viet/bai-so-5-ve-phong-trao/index.html"))
        #expect(!written.contains("dia-phuong/long-an/index.html"))
        #expect(!written.contains("thong-ke/index.html"))
    }

    @Test func newTagsRewriteTheTagPagesNotTheOtherArticles() throws {
        let written = try Self.written("tags")
        #expect(written.contains("bai-viet/bai-so-4-ve-phong-trao/index.html"))
        #expect(written.contains("chu-de/tong-ket/index.html"))
        #expect(written.contains("chu-de/bau-cu/index.html"))
        #expect(written.contains("chu-de/an-ninh/index.html"))
        #expect(written.contains("chu-de/index.html"))
        // Article 4 is about Lai Châu: its page lists it, but its list entry did not change.
        #expect(!written.contains("dia-phuong/lai-chau/index.html"))
        #expect(!written.contains("bai-viet/bai-so-0-ve-phong-trao/index.html"))
        #expect(!written.contains("index.html"))
        #expect(!written.contains("du-lieu/facts.csv"))
    }

    @Test func aNewLocalityRewritesThePagesOfBothPlaces() throws {
        let written = try Self.written("locality")
        #expect(written.contains("bai-viet/bai-so-6-ve-phong-trao/index.html"))
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/dinh-van/index.html"))
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/nam-ban/index.html"))
        #expect(!written.contains("dia-phuong/lai-chau/index.html"))
        #expect(!written.contains("bai-viet/bai-so-7-ve-phong-trao/index.html"))
    }

    @Test func aNewFigureRewritesItsStatisticsDataAndLocalities() throws {
        let written = try Self.written("facts")
        #expect(written.contains("bai-viet/bai-so-0-ve-phong-trao/index.html"))
        #expect(written.contains("du-lieu/facts.csv"))
        #expect(written.contains("du-lieu/facts.json"))
        #expect(written.contains("thong-ke/propaganda-sessions/index.html"))
        // Its commune, and its district, which compares its communes.
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/dinh-van/index.html"))
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/index.html"))
        #expect(!written.contains("dia-phuong/long-an/index.html"))
        #expect(!written.contains("bai-viet/bai-so-1-ve-phong-trao/index.html"))
        #expect(!written.contains("chu-de/an-ninh/index.html"))
    }

    @Test func deletingAnArticleRemovesItsFiles() throws {
        let files = try #require(Self.edits.first { $0.name == "delete" }).files
        let cache = try #require(Self.build(Self.files()).cache)
        let result = Self.build(files, previous: cache)
        #expect(result.removed.contains("bai-viet/bai-so-10-ve-phong-trao/index.html"))
        #expect(result.mode == .partial(articles: ["content/articles/2023/bai-10.md"]))
        #expect(!result.files.map(\.path).contains("bai-viet/bai-so-11-ve-phong-trao/index.html"))
    }

    @Test func whatTheCacheCannotTellIsAFullBuildThatSaysWhy() throws {
        let cache = try #require(Self.build(Self.files()).cache)
        var files = Self.files()
        files["content/localities.yaml"] = TestSite.localitiesYAML + "- {name: Bình Định, kind: tỉnh}\n"
        let result = Self.build(files, previous: cache)
        #expect(result.mode == .full)
        #expect(result.fullBuildReason == "a file other than an article changed (settings, gazetteer, schema, theme, a free page or a static file), or the build's options")
        var stale = cache
        stale.units = [:]
        let edit = Self.build(Self.edits[0].files, previous: stale)
        #expect(edit.mode == .full)
        #expect(edit.fullBuildReason == "the build cache does not record the list pages")
    }

    @Test func aPlaceGainingAPageRewritesTheArticlesOnIt() throws {
        let written = try Self.written("locality without a page yet")
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/da-don/index.html"))
        #expect(written.contains("dia-phuong/lam-dong/lam-ha/index.html"))
        #expect(written.contains("bai-viet/bai-so-6-ve-phong-trao/index.html"))
        #expect(!written.contains("bai-viet/bai-so-5-ve-phong-trao/index.html"))
    }
}
