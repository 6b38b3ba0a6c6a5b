import Foundation
import Testing
@testable import BantinCore

/// `javascript:` and its disguises in links, images, autolinks, references and `source_url`.
///
/// cmark's safe mode empties script URLs however they are spelled, once entities are decoded;
/// what it leaves, Bantin resolves as a file of the site or reports; `source_url` must be http(s).
@Suite("Hostile URLs")
struct HostileURLTests {
    static let page = "bai-viet/lam-ha-tong-ket-phong-trao/index.html"

    /// The lines of the article's body, as the page holds it.
    private func paragraphs(_ body: String) throws -> [String] {
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)]))
        #expect(TestSite.report(result) == "")
        #expect(OutputAudit.site(result.files) == [])
        let page = try #require(TestSite.page(Self.page, of: result))
        let body = try #require(page.components(separatedBy: "<div class=\"article-body\">\n").last?.components(separatedBy: "\n</div>").first)
        return body.components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    @Test func scriptURLsInLinksAreEmptiedInEveryCaseMix() throws {
        let body = """
            [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](   javascript:alert(1)) [d]( JAVASCRIPT:alert(1) "t")

            [e](&#106;avascript:alert(1)) [f](&#x6A;&#x61;vascript:alert(1)) [g](javascript&colon;alert(1)) [h](<javascript:alert(1)>)

            [i](vbscript:msgbox(1)) [j](data:text/html;base64,PHNjcmlwdD4=) [k](file:///etc/passwd)

            """
        #expect(try paragraphs(body) == [
            #"<p><a href="">a</a> <a href="">b</a> <a href="">c</a> <a href="" title="t">d</a></p>"#,
            #"<p><a href="">e</a> <a href="">f</a> <a href="">g</a> <a href="">h</a></p>"#,
            #"<p><a href="">i</a> <a href="">j</a> <a href="">k</a></p>"#,
        ])
    }

    @Test func scriptURLsInImagesAutolinksAndReferencesAreEmptied() throws {
        let body = """
            ![a](javascript:alert(1)) ![b](JaVaScRiPt:alert(1)) ![c](&#106;avascript:alert(1)) ![d](data:image/png;base64,AAAA)

            <javascript:alert(1)> <JAVASCRIPT:alert(1)> [e][r] ![f][r]

            [r]: javascript:alert(1)

            """
        #expect(try paragraphs(body) == [
            #"<p><img src="" alt="a" /> <img src="" alt="b" /> <img src="" alt="c" /> <img src="data:image/png;base64,AAAA" alt="d" /></p>"#,
            #"<p><a href="">javascript:alert(1)</a> <a href="">JAVASCRIPT:alert(1)</a> <a href="">e</a> <img src="" alt="f" /></p>"#,
        ])
    }

    /// A tab or newline inside the scheme (which browsers strip) makes the destination a relative
    /// path for Bantin, which is looked for as a file of the site and reported; the line break
    /// is shown escaped, so that the hint stays on its line.
    @Test func aSchemeBrokenByATabIsAFileThatDoesNotExist() {
        let report = TestSite.report(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "[a](java&#x09;script:alert(1)) [b](java%0Ascript:alert(1))\n")]))
        #expect(report == """
            content/articles/2023/lam-ha.md:7:1: error: the link 'java\tscript:alert(1)' leads to no file [broken-link]
                7 | [a](java&#x09;script:alert(1)) [b](java%0Ascript:alert(1))
                  | ^~~~~~~~~~~~~~~~~~~~
               hint: there is no file content/articles/2023/java\tscript:alert(1); paths are relative to this file, or to content/static/ when they start with '/'
            content/articles/2023/lam-ha.md:7:36: error: the link 'java%0Ascript:alert(1)' leads to no file [broken-link]
                7 | [a](java&#x09;script:alert(1)) [b](java%0Ascript:alert(1))
                  |                                    ^~~~~~~~~~~~~~~~~~~~~~
               hint: there is no file content/articles/2023/java\\u{A}script:alert(1); paths are relative to this file, or to content/static/ when they start with '/'

            """)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "'  javascript:alert(1)'", "'&#106;avascript:alert(1)'",
        "'java\tscript:alert(1)'", "//example.vn/bai", "ftp://example.vn/bai", "'data:text/html,<script>alert(1)</script>'",
    ])
    func aSourceURLMustBeHTTP(_ url: String) {
        let article = TestSite.article(extra: "source: Báo Lâm Đồng\nsource_url: \(url)\n")
        let shown = url.hasPrefix("'") ? url : url
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: article])) == """
            content/articles/2023/lam-ha.md:6:13: error: 'source_url' must start with https:// or http:// [bad-url]
                6 | source_url: \(shown)
                  |             ^\(String(repeating: "~", count: url.unicodeScalars.count - 1))

            """)
    }

    @Test func aQuoteInAnHTTPSourceURLStaysInsideItsAttribute() throws {
        let article = TestSite.article(extra: "source: Báo\nsource_url: 'https://example.vn/\" onmouseover=\"alert(1)'\n")
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: article]))
        #expect(TestSite.report(result) == "")
        #expect(OutputAudit.site(result.files) == [])
        let page = try #require(TestSite.page(Self.page, of: result))
        #expect(page.components(separatedBy: "\n").filter { $0.contains("Nguồn") } == [
            #"<span>· Nguồn: <a href="https://example.vn/&quot; onmouseover=&quot;alert(1)" rel="noopener">Báo</a></span>"#,
        ])
    }

    @Test func aScriptURLAsTheArticleImageIsAFileThatDoesNotExist() {
        let article = TestSite.article(extra: "image: javascript:alert(1)\nimage_alt: Ảnh\n")
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: article])) == """
            content/articles/2023/lam-ha.md:5:8: error: the image 'javascript:alert(1)' leads to no file [broken-link]
                5 | image: javascript:alert(1)
                  |        ^~~~~~~~~~~~~~~~~~~
               hint: there is no file content/articles/2023/javascript:alert(1); paths are relative to this file, or to content/static/ when they start with '/'

            """)
    }

    @Test(arguments: ["javascript:alert(1)//https://example.vn/", "JAVASCRIPT://example.vn/%0Aalert(1)"])
    func aBaseURLMustBeHTTP(_ url: String) {
        let report = TestSite.report(TestSite.files(with: ["site.yaml": TestSite.siteYAML + "base_url: \(url)\n"]))
        #expect(report == """
            site.yaml:4:11: error: 'base_url' must be an absolute http(s) URL [bad-url]
                4 | base_url: \(url)
                  |           ^\(String(repeating: "~", count: url.count - 1))
               hint: for example https://example.gov.vn/bantin/, or leave it out for relative links

            """)
    }

    /// Links are left in cmark's HTML as placeholders and filled in later. A NUL before a forged one
    /// once hid it from the check that picks a placeholder the text does not hold, and the forged
    /// `src` became `src="…"/onerror=alert(1)//"`.
    @Test func aPlaceholderWrittenAfterANulIsTheAuthorsText() throws {
        let body = "\u{0}\n\n![a](bantin-placeholder-link-0:/onerror=alert(1)//) [b](lam-ha.md)\n"
        #expect(try paragraphs(body) == [
            "<p>\u{FFFD}</p>",
            #"<p><img src="bantin-placeholder-link-0:/onerror=alert(1)//" alt="a" /> <a href="index.html">b</a></p>"#,
        ])
    }
}
