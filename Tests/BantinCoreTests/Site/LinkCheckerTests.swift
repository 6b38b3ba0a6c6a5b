import Foundation
import Testing
@testable import BantinCore

@Suite("Links that work anywhere")
struct LinkCheckerTests {
    @Test(arguments: [
        ("../../index.html", "bai-viet/x/index.html", "index.html"),
        ("../", "bai-viet/x/index.html", "bai-viet/index.html"),
        ("./", "index.html", "index.html"),
        ("css/style.css?v=1#a", "index.html", "css/style.css"),
    ])
    func relativeLinksLeadToOutputPaths(link: String, page: String, target: String) {
        #expect(LinkChecker.target(of: link, from: page) == target)
    }

    @Test(arguments: ["https://baolamdong.vn/x", "mailto:a@b.vn", "tel:+84", "javascript:void(0)", "data:image/png;base64,AA", "#main", "//cdn.example/x.js", ""])
    func linksToOtherSitesAndFragmentsAreNotChecked(link: String) {
        #expect(LinkChecker.target(of: link, from: "index.html") == nil)
    }

    @Test func linksAreTheValuesOfHrefAndSrcInDoubleQuotesAfterASpace() {
        let html = #"<a href="a.html"><a href='b.html'><a class="x" href="c.html?x=1&amp;y=2#f"><img src="i.png" alt="x">"#
            + "<a\thref=\"t.html\">"
            + #"<a data-href="d.html"><a href = "s.html"><a href="q?b=c src=&quot;z&quot;"><a href=""><a href="end"#
        #expect(LinkChecker.links(in: Data(html.utf8)) == ["a.html", "c.html?x=1&amp;y=2#f", "i.png", "q?b=c src=&quot;z&quot;", "", "end"])
        #expect(LinkChecker.links(in: Data()) == [])
        #expect(LinkChecker.links(in: Data(#" href=""#.utf8)) == [""])
        #expect(LinkChecker.links(in: Data(#"href="x" src="#.utf8)) == [])
    }

    @Test func eachPageListsEachTargetOnceWithItsFirstLinkAndLinksAboveTheRootStayApart() {
        let pages = [
            OutputFile(path: "a/index.html", text: #"<a href="../../x.html"><a href="./"><a href="index.html#top"><a href="https://x.vn/">"#),
            OutputFile(path: "index.html", text: #"<a href="../x.html"><img src="css/a.png">"#),
        ]
        let found = LinkChecker.targets(pages)
        #expect(found.map(\.page) == ["a/index.html", "index.html"])
        #expect(found[0].targets.map { "\($0.0) <- \($0.1)" } == ["../../../x.html <- ../../x.html", "a/index.html <- ./"])
        #expect(found[1].targets.map { "\($0.0) <- \($0.1)" } == ["../../x.html <- ../x.html", "css/a.png <- css/a.png"])
    }

    @Test func everyInternalLinkOfTheExampleSiteLeadsToAFileItMakes() {
        #expect(TestSite.report(ExampleSite.result) == "")
        #expect(LinkChecker.check(ExampleSite.result.files).isEmpty)
    }

    @Test func withoutBaseURLEveryInternalLinkIsRelativeSoTheSiteWorksFromASubFolderOrTheDisk() {
        for file in ExampleSite.result.files where file.path.hasSuffix(".html") {
            for link in LinkChecker.links(in: file.contents) {
                #expect(!link.hasPrefix("/"), "\(file.path) links to \(link) from the root of the host")
                if LinkChecker.target(of: link, from: file.path) != nil {
                    #expect(!link.hasSuffix("/"), "\(file.path) links to the folder \(link), which the disk does not open")
                }
            }
        }
    }

    @Test func aTemplateThatLinksNowhereIsAnErrorNamingThePage() {
        var files = ExampleSite.files
        let footer = String(decoding: files["themes/default/templates/footer.mustache"]!, as: UTF8.self)
        files["templates/footer.mustache"] = Data(footer.replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\"><a href=\"{{root}}gioi-thieu/index.html\">x</a>").utf8)
        let result = SiteBuilder(source: MemorySiteSource(files: files)).build()
        #expect(!result.succeeded)
        // Every page has the footer, so the one missing target is reported once, at the first page made.
        #expect(TestSite.report(result) == "error: the page index.html links to './gioi-thieu/index.html', which the build does not make [broken-link]\n   hint: the link comes from a template of the theme or of templates/; fix the template that writes it\n")
    }

    @Test func withBaseURLFeedsSitemapAndCanonicalLinksAreAbsolute() throws {
        let result = ExampleSite.build(siteYAML: ExampleSite.siteYAML(setting: "base_url", to: "https://example.gov.vn/bantin"))
        #expect(TestSite.report(result) == "")
        let sitemap = try #require(TestSite.page("sitemap.xml", of: result))
        #expect(try XMLDocumentParser.parse(sitemap).root == "urlset")
        #expect(sitemap.contains("<url><loc>https://example.gov.vn/bantin/bai-viet/long-an-lan-toa-phong-trao/</loc></url>"))
        #expect(TestSite.page("robots.txt", of: result) == "User-agent: *\nAllow: /\n\nSitemap: https://example.gov.vn/bantin/sitemap.xml\n")
        let feed = try #require(TestSite.page("atom.xml", of: result))
        #expect(try XMLDocumentParser.parse(feed).root == "feed")
        #expect(feed.contains(#"<link rel="self" href="https://example.gov.vn/bantin/atom.xml"/>"#))
        let article = try #require(TestSite.page("bai-viet/long-an-lan-toa-phong-trao/index.html", of: result))
        #expect(article.contains(#"<link rel="canonical" href="https://example.gov.vn/bantin/bai-viet/long-an-lan-toa-phong-trao/">"#))
        #expect(article.contains(#"<a class="site-title" href="../../">"#))
    }

    @Test func withoutBaseURLThereIsNoSitemapAndTheFeedParses() throws {
        #expect(TestSite.page("sitemap.xml", of: ExampleSite.result) == nil)
        let feed = try #require(TestSite.page("atom.xml", of: ExampleSite.result))
        #expect(try XMLDocumentParser.parse(feed).root == "feed")
    }
}
