import Foundation
import Testing
@testable import BantinCore

@Suite("SiteBuilder")
struct SiteBuilderTests {
    static let firstPage = "bai-viet/lam-ha-tong-ket-phong-trao/index.html"
    static let secondPage = "bai-viet/bai-hai/index.html"

    /// The base site with a fact block in its article and a second, newer article that links to it.
    static var twoArticles: [String: String] {
        TestSite.files(with: [
            TestSite.articlePath: TestSite.article(facts: """
                values:
                  propaganda_sessions: 6003
                  valuable_tips: {value: 2000, approx: over}
                  cases_solved: {value: 1010, of: 1173, percent: 86.1}
                  gift_value: {value: "74,2", scale: billion}
                  festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: 1100}}

                """),
            "content/articles/2024/bai-hai.md": TestSite.article(
                title: "Bài hai", date: "2024-01-02",
                body: "Xem [bài một](../2023/lam-ha.md) và [kết quả](../2023/lam-ha.md#ket-qua).\n"
            ),
        ])
    }

    /// The lines of an output file.
    private func lines(_ path: String, of result: BuildResult) throws -> [String] {
        try #require(TestSite.page(path, of: result)).components(separatedBy: "\n")
    }

    /// The HTML the article's Markdown became, as the page holds it.
    private func body(_ path: String, of result: BuildResult) throws -> String {
        let page = try #require(TestSite.page(path, of: result))
        let start = try #require(page.range(of: "<div class=\"article-body\">\n"))
        let end = try #require(page.range(of: "\n</div>\n</article>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// Each diagnostic as `path:line:column+length message`.
    private func places(_ result: BuildResult) -> [String] {
        result.diagnostics.map { d in
            (d.location.map { "\($0.file):\($0.line):\($0.column)+\($0.length) " } ?? "") + d.message
        }
    }

    // MARK: A valid site

    @Test func aValidSiteBuildsTheHomeAndOnePagePerArticle() {
        let result = TestSite.build(Self.twoArticles)
        #expect(TestSite.report(result) == "")
        #expect(result.succeeded)
        let paths = result.files.map(\.path)
        #expect(paths.contains("index.html"))
        #expect(paths.filter { $0.hasPrefix("bai-viet/") } == [Self.secondPage, Self.firstPage])
        #expect(paths == paths.sorted())
    }

    @Test func anArticlePageLinksRelativelyToTheRoot() throws {
        let lines = try lines(Self.firstPage, of: TestSite.build(Self.twoArticles))
        #expect(lines.contains("<link rel=\"stylesheet\" href=\"../../css/style.css\">"))
        #expect(lines.contains("<a class=\"site-title\" href=\"../../index.html\">Bản tin thử nghiệm</a>"))
        #expect(lines.contains("<title>Lâm Hà tổng kết phong trào – Bản tin thử nghiệm</title>"))
        #expect(lines.contains("<span>Đăng ngày <time datetime=\"2023-05-26T00:00:00+07:00\">26/05/2023</time></span>"))
    }

    @Test func theHomeListsArticlesNewestFirst() throws {
        let lines = try lines("index.html", of: TestSite.build(Self.twoArticles))
        #expect(lines.contains("<link rel=\"stylesheet\" href=\"./css/style.css\">"))
        #expect(lines.filter { $0.hasPrefix("<h3>") } == [
            "<h3><a href=\"bai-viet/bai-hai/index.html\">Bài hai</a></h3>",
            "<h3><a href=\"bai-viet/lam-ha-tong-ket-phong-trao/index.html\">Lâm Hà tổng kết phong trào</a></h3>",
        ])
    }

    @Test func theFactCardShowsTheExactFigures() throws {
        let lines = try lines(Self.firstPage, of: TestSite.build(Self.twoArticles))
        #expect(lines.contains("<p class=\"fact-card-heading\"><strong>Số liệu</strong> · Huyện Lâm Hà · 2023</p>"))
        #expect(lines.filter { $0.hasPrefix("<dt>") } == [
            "<dt>Buổi tuyên truyền</dt>",
            "<dt>Tin có giá trị</dt>",
            "<dt>Vụ phạm tội được làm rõ</dt>",
            "<dt>Giá trị quà tặng</dt>",
            "<dt>Điểm tổ chức Ngày hội</dt>",
        ])
        #expect(lines.filter { $0.hasPrefix("<dd>") } == [
            "<dd><span class=\"fact-value\">6.003 buổi</span>",
            "<dd><span class=\"fact-value\">trên 2.000 tin</span>",
            "<dd><span class=\"fact-value\">1.010/1.173 vụ (86,1%)</span>",
            "<dd><span class=\"fact-value\">74,2 tỷ đồng</span>",
            "<dd><span class=\"fact-value\">1.297 điểm</span> <span class=\"muted\">= 24 + 173 + 1.100</span>",
        ])
    }

    @Test func theCardTakesThePlaceOfTheBlock() throws {
        let html = try body(Self.firstPage, of: TestSite.build(Self.twoArticles))
        #expect(html.hasPrefix("<p>Kết quả phong trào năm 2023.</p>\n<div class=\"fact-card\" role=\"group\" aria-label=\"Số liệu\">\n"))
        #expect(!html.contains("```"))
        #expect(!html.contains("bantin-placeholder"))
        #expect(!html.contains("values:"))
    }

    // MARK: Links between articles

    @Test func aLinkToAnotherArticleLeadsToItsPage() throws {
        let result = TestSite.build(Self.twoArticles)
        #expect(try body(Self.secondPage, of: result) ==
            "<p>Xem <a href=\"../lam-ha-tong-ket-phong-trao/index.html\">bài một</a> và <a href=\"../lam-ha-tong-ket-phong-trao/index.html#ket-qua\">kết quả</a>.</p>\n")
    }

    @Test func aLinkToAMissingArticleIsAnErrorAtItsLine() {
        var files = Self.twoArticles
        files["content/articles/2024/bai-hai.md"] = TestSite.article(
            title: "Bài hai", date: "2024-01-02", body: "Đoạn một.\n\nXem [bài cũ](../2022/khong-co.md).\n")
        let result = TestSite.build(files)
        #expect(result.files.isEmpty)
        #expect(TestSite.report(result) == """
            content/articles/2024/bai-hai.md:9:14: error: the link '../2022/khong-co.md' leads to no article or page [broken-link]
                9 | Xem [bài cũ](../2022/khong-co.md).
                  |              ^~~~~~~~~~~~~~~~~~~
               hint: there is no file content/articles/2022/khong-co.md; the path is relative to this file

            """)
        #expect(places(result) == ["content/articles/2024/bai-hai.md:9:14+19 the link '../2022/khong-co.md' leads to no article or page"])
    }

    @Test func aLinkToADraftSaysSo() {
        var files = Self.twoArticles
        files[TestSite.articlePath] = TestSite.article(extra: "draft: true\n")
        #expect(TestSite.report(files) == """
            content/articles/2024/bai-hai.md:7:15: error: the link '../2023/lam-ha.md' leads to no article or page [broken-link]
                7 | Xem [bài một](../2023/lam-ha.md) và [kết quả](../2023/lam-ha.md#ket-qua).
                  |               ^~~~~~~~~~~~~~~~~
               hint: content/articles/2023/lam-ha.md is a draft or has errors
            content/articles/2024/bai-hai.md:7:47: error: the link '../2023/lam-ha.md#ket-qua' leads to no article or page [broken-link]
                7 | Xem [bài một](../2023/lam-ha.md) và [kết quả](../2023/lam-ha.md#ket-qua).
                  |                                               ^~~~~~~~~~~~~~~~~~~~~~~~~
               hint: content/articles/2023/lam-ha.md is a draft or has errors

            """)
        #expect(places(TestSite.build(files)) == [
            "content/articles/2024/bai-hai.md:7:15+17 the link '../2023/lam-ha.md' leads to no article or page",
            "content/articles/2024/bai-hai.md:7:47+25 the link '../2023/lam-ha.md#ket-qua' leads to no article or page",
        ])
    }

    @Test func aMissingImageIsAnErrorAtItsLine() {
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "![Hội nghị](anh/hoi-nghi.jpg)\n")])
        #expect(TestSite.report(files) == """
            content/articles/2023/lam-ha.md:7:13: error: the image 'anh/hoi-nghi.jpg' leads to no file [broken-link]
                7 | ![Hội nghị](anh/hoi-nghi.jpg)
                  |             ^~~~~~~~~~~~~~~~
               hint: there is no file content/articles/2023/anh/hoi-nghi.jpg; paths are relative to this file, or to content/static/ when they start with '/'

            """)
        #expect(places(TestSite.build(files)) == ["content/articles/2023/lam-ha.md:7:13+16 the image 'anh/hoi-nghi.jpg' leads to no file"])
    }

    @Test func aLinkOutOfTheSiteIsAnError() {
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "[cấu hình](../../../site.yaml)\n")])
        #expect(TestSite.report(files) == """
            content/articles/2023/lam-ha.md:7:12: error: the link '../../../site.yaml' leads outside the site [link-outside-site]
                7 | [cấu hình](../../../site.yaml)
                  |            ^~~~~~~~~~~~~~~~~~
               hint: link to files of content/, relative to this file, or to content/static/ with a path starting with '/'

            """)
        #expect(places(TestSite.build(files)) == ["content/articles/2023/lam-ha.md:7:12+18 the link '../../../site.yaml' leads outside the site"])
    }

    @Test func aFileNextToTheArticleIsCopiedBesideItsPage() throws {
        var files = TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "![Hội nghị](hoi-nghi.jpg) [Báo cáo](/tai-lieu/bao-cao.pdf)\n")])
        files["content/articles/2023/hoi-nghi.jpg"] = "JPEG"
        files["content/static/tai-lieu/bao-cao.pdf"] = "PDF"
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(try body(Self.firstPage, of: result) ==
            "<p><img src=\"hoi-nghi.jpg\" alt=\"Hội nghị\" loading=\"lazy\" decoding=\"async\"> <a href=\"../../tai-lieu/bao-cao.pdf\">Báo cáo</a></p>\n")
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/hoi-nghi.jpg", of: result) == "JPEG")
        #expect(TestSite.page("tai-lieu/bao-cao.pdf", of: result) == "PDF")
    }

    @Test func linksToOtherSitesAreLeftAsTheyAre() throws {
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "[Báo Lâm Đồng](https://baolamdong.vn/x?a=1&b=2) [thư](mailto:toasoan@example.gov.vn) [mục](#ket-qua)\n")])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(try body(Self.firstPage, of: result) ==
            "<p><a href=\"https://baolamdong.vn/x?a=1&amp;b=2\">Báo Lâm Đồng</a> <a href=\"mailto:toasoan@example.gov.vn\">thư</a> <a href=\"#ket-qua\">mục</a></p>\n")
    }

    @Test func authorHTMLNeverReachesThePage() throws {
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(
            title: "\"<script>alert(1)</script>\"",
            body: "<script>alert(1)</script>\n\n[bấm](javascript:alert(1)) <img src=x onerror=alert(1)>\n")])
        let result = TestSite.build(files)
        // Each dropped piece of HTML is told where it is written.
        #expect(result.diagnostics.map { "\($0.severity) \($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" } == [
            "warning 7:1: the HTML '<script>alert(1)</script>' is dropped from the page",
            "warning 9:28: the HTML '<img src=x onerror=alert(1)>' is dropped from the page",
        ])
        let page = try #require(result.files.first { $0.path.hasPrefix("bai-viet/") }.map { String(decoding: $0.contents, as: UTF8.self) })
        #expect(!page.contains("<script>"))
        #expect(!page.contains("onerror"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    }

    // MARK: Pagination, themes, base_url

    @Test func theHomeIsPaginatedWithPerPage() throws {
        var files = Self.twoArticles
        files["site.yaml"] = TestSite.siteYAML + "per_page: 2\n"
        files["content/articles/2022/cu.md"] = TestSite.article(title: "Bài cũ", date: "2022-03-04")
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(result.files.map(\.path).filter { $0 == "index.html" || $0.hasPrefix("trang/") } == ["index.html", "trang/2/index.html"])
        let first = try lines("index.html", of: result)
        #expect(first.filter { $0.hasPrefix("<h3>") }.count == 2)
        #expect(first.contains("<span>Trang 1 trên 2</span>"))
        #expect(first.contains("<a rel=\"next\" href=\"trang/2/index.html\">Trang sau →</a>"))
        #expect(!first.contains { $0.contains("rel=\"prev\"") })
        let second = try lines("trang/2/index.html", of: result)
        #expect(second.filter { $0.hasPrefix("<h3>") } == ["<h3><a href=\"../../bai-viet/bai-cu/index.html\">Bài cũ</a></h3>"])
        #expect(second.contains("<span>Trang 2 trên 2</span>"))
        #expect(second.contains("<a rel=\"prev\" href=\"../../index.html\">← Trang trước</a>"))
        #expect(second.contains("<link rel=\"stylesheet\" href=\"../../css/style.css\">"))
    }

    @Test func aSiteWithoutThemesUsesTheBuiltInDefault() throws {
        let files = TestSite.files()
        #expect(!files.keys.contains { $0.hasPrefix("themes/") })
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(TestSite.page("css/style.css", of: result) == DefaultTheme.files["static/css/style.css"])
    }

    @Test func baseURLGivesPrettyLinksAndCanonicalURLs() throws {
        var files = Self.twoArticles
        files["site.yaml"] = TestSite.siteYAML + "base_url: https://example.gov.vn/bantin\n"
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        let article = try lines(Self.firstPage, of: result)
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/bantin/bai-viet/lam-ha-tong-ket-phong-trao/\">"))
        #expect(article.contains("<link rel=\"stylesheet\" href=\"../../css/style.css\">"))
        #expect(article.contains("<a class=\"site-title\" href=\"../../\">Bản tin thử nghiệm</a>"))
        let home = try lines("index.html", of: result)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/bantin/\">"))
        #expect(home.filter { $0.hasPrefix("<h3>") } == [
            "<h3><a href=\"bai-viet/bai-hai/\">Bài hai</a></h3>",
            "<h3><a href=\"bai-viet/lam-ha-tong-ket-phong-trao/\">Lâm Hà tổng kết phong trào</a></h3>",
        ])
        #expect(try body(Self.secondPage, of: result) ==
            "<p>Xem <a href=\"../lam-ha-tong-ket-phong-trao/\">bài một</a> và <a href=\"../lam-ha-tong-ket-phong-trao/#ket-qua\">kết quả</a>.</p>\n")
        #expect(TestSite.page("robots.txt", of: result) == "User-agent: *\nAllow: /\n\nSitemap: https://example.gov.vn/bantin/sitemap.xml\n")
        let sitemap = try #require(TestSite.page("sitemap.xml", of: result)).components(separatedBy: "\n")
        #expect(sitemap.contains("<url><loc>https://example.gov.vn/bantin/bai-viet/lam-ha-tong-ket-phong-trao/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://example.gov.vn/bantin/</loc></url>"))
    }

    @Test func withoutBaseURLThereIsNoCanonicalLinkAndNoSitemap() throws {
        let result = TestSite.build(Self.twoArticles)
        #expect(!(try #require(TestSite.page(Self.firstPage, of: result))).contains("rel=\"canonical\""))
        #expect(TestSite.page("sitemap.xml", of: result) == nil)
    }

    @Test func aMissingPartialInASiteTemplateIsAnErrorNamingIt() {
        let files = TestSite.files(with: ["templates/footer.mustache": "<footer>\n<p>{{> ban-quyen}}</p>\n</footer>\n"])
        let result = TestSite.build(files)
        #expect(result.files.isEmpty)
        #expect(TestSite.report(result) == """
            templates/footer.mustache:2:8: error: template 'footer' uses partial 'ban-quyen', which the theme does not have [missing-template]
                2 | <p>{{> ban-quyen}}</p>
                  |        ^~~~~~~~~
               hint: add templates/ban-quyen.mustache to the theme or to the site's templates/ folder

            """)
        #expect(result.diagnostics.map(\.message) == ["template 'footer' uses partial 'ban-quyen', which the theme does not have"])
        #expect(result.diagnostics.first?.location.map { [$0.line, $0.column, $0.length] } == [2, 8, 9])
    }

    @Test func aSiteTemplateReplacesTheThemesOne() throws {
        let files = TestSite.files(with: ["templates/footer.mustache": "<footer><p>Ban biên tập</p></footer>\n"])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(try lines("index.html", of: result).contains("<footer><p>Ban biên tập</p></footer>"))
    }

    // MARK: Drafts, determinism, failure

    @Test func draftsAreLeftOutUnlessAskedFor() {
        let files = TestSite.files(with: ["content/articles/2023/nhap.md": TestSite.article(title: "Bản nháp", extra: "draft: true\n")])
        let published = TestSite.build(files)
        #expect(TestSite.report(published) == "")
        #expect(published.files.map(\.path).filter { $0.hasPrefix("bai-viet/") } == [Self.firstPage])
        let withDrafts = TestSite.build(files, options: BuildOptions(drafts: true))
        #expect(withDrafts.files.map(\.path).filter { $0.hasPrefix("bai-viet/") } == ["bai-viet/ban-nhap/index.html", Self.firstPage])
    }

    @Test func aDraftIsStillChecked() {
        let files = TestSite.files(with: ["content/articles/2023/nhap.md": TestSite.article(title: "Bản nháp", locality: "lam-haa", extra: "draft: true\n")])
        #expect(TestSite.build(files).diagnostics.map(\.message) == ["unknown locality 'lam-haa'"])
    }

    @Test func twoBuildsMakeTheSameBytes() {
        let first = TestSite.build(Self.twoArticles)
        let second = TestSite.build(Self.twoArticles)
        #expect(first.files.count > 10)
        #expect(first.files == second.files)
    }

    @Test func aFailedBuildReturnsNoFiles() {
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(date: "2024-02-31")]))
        #expect(!result.succeeded)
        #expect(result.errorCount == 1)
        #expect(result.files.isEmpty)
    }

    @Test func checkReportsButWritesNothing() {
        let valid = SiteBuilder(source: MemorySiteSource(Self.twoArticles)).check()
        #expect(valid.succeeded)
        #expect(valid.files.isEmpty)
        let invalid = SiteBuilder(source: MemorySiteSource(TestSite.files(with: [TestSite.articlePath: TestSite.article(date: "x")]))).check()
        #expect(invalid.diagnostics.map(\.message) == ["'x' is not a date"])
    }

    @Test func everyProblemOfTheSiteIsCollected() {
        let files = TestSite.files(with: [
            "content/articles/2023/a.md": TestSite.article(title: "A", locality: "lam-dong/lam-haa"),
            "content/articles/2023/b.md": TestSite.article(facts: "values:\n  propaganda_sessions: 6.003\n", title: "B"),
            "content/articles/2024/c.md": TestSite.article(title: "C", extra: "titel: C\n"),
        ])
        let result = TestSite.build(files)
        #expect(result.errorCount == 3)
        #expect(TestSite.report(result) == """
            content/articles/2023/a.md:4:11: error: unknown locality 'lam-dong/lam-haa' [unknown-locality]
                4 | locality: lam-dong/lam-haa
                  |           ^~~~~~~~~~~~~~~~
               hint: did you mean 'lam-dong/lam-ha'?
            content/articles/2023/b.md:11:24: error: 'propaganda_sessions: 6.003' is not a whole number [not-whole]
               11 |   propaganda_sessions: 6.003
                  |                        ^~~~~
               hint: in YAML 6.003 is a decimal; write 6003, or "6.003" in Vietnamese notation
            content/articles/2024/c.md:5:1: error: unknown key 'titel' in the front matter [unknown-key]
                5 | titel: C
                  | ^~~~~
               hint: did you mean 'title'?

            """)
        #expect(DiagnosticFormatter().summary(errors: result.errorCount, warnings: result.warningCount, outputKept: true)
            == "3 errors; public/ was left as it was")
    }

    @Test func aSiteWithoutItsRequiredFiles() {
        let result = TestSite.build(["content/schema.yaml": TestSite.schemaYAML])
        #expect(TestSite.report(result) == """
            error: site.yaml is missing [missing-file]
               hint: every site has site.yaml; see docs/content-format.md

            """)
    }

    @Test func aFileThatIsNotUTF8() {
        var source = MemorySiteSource(TestSite.files())
        source.files["content/articles/2023/latin1.md"] = Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE0, 0x0A])
        let result = SiteBuilder(source: source).build()
        #expect(TestSite.report(result) == """
            content/articles/2023/latin1.md:1:1: error: the file is not valid UTF-8 text [not-utf8]
               hint: save it again as UTF-8 in your editor

            """)
    }

    /// "An ninh", "an ninh" and the same words in NFD: one chip on the article, one tag page.
    @Test func tagsThatShareASlugAreOneChip() throws {
        let nfd = "An ninh".decomposedStringWithCanonicalMapping
        let result = TestSite.build(TestSite.files(with: [
            TestSite.articlePath: TestSite.article(extra: "tags: [An ninh, an ninh, \"\(nfd)\", \" AN NINH \"]\n"),
        ]))
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: result))
        #expect(page.components(separatedBy: "class=\"tag\"").count - 1 == 1)
        #expect(page.contains(">An ninh</a>"))
        #expect(result.files.filter { $0.path.hasPrefix("chu-de/") && $0.path != "chu-de/index.html" }.map(\.path) == ["chu-de/an-ninh/index.html"])
    }
}
