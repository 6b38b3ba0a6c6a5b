import Foundation
import Testing
@testable import BantinCore

/// Bytes that are not UTF-8, and characters that are UTF-8 but not fit for XML.
///
/// A file that is not UTF-8 is a diagnostic that names it, never a crash or replacement
/// characters in the page; control characters in valid text never break a feed or a chart.
@Suite("Invalid text")
struct InvalidTextTests {
    static let notUTF8 = """
        content/articles/2023/lam-ha.md:1:1: error: the file is not valid UTF-8 text [not-utf8]
           hint: save it again as UTF-8 in your editor

        """

    /// Valid text before and after the bad bytes, so that only the bytes are to blame.
    private func article(with bytes: [UInt8]) -> Data {
        Data(TestSite.article().utf8.prefix(30)) + Data(bytes) + Data(TestSite.article().utf8.dropFirst(30))
    }

    private func build(_ changes: [String: Data]) -> BuildResult {
        var files = TestSite.files().mapValues { Data($0.utf8) }
        for (path, data) in changes { files[path] = data }
        return SiteBuilder(source: MemorySiteSource(files: files)).build()
    }

    @Test(arguments: [
        [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE1, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ] as [[UInt8]])
    func anArticleThatIsNotUTF8IsADiagnosticNamingIt(_ bytes: [UInt8]) {
        let result = build([TestSite.articlePath: article(with: bytes)])
        #expect(TestSite.report(result) == Self.notUTF8)
        #expect(result.files.isEmpty)
    }

    @Test func theOtherArticlesAreStillChecked() {
        let result = build([
            TestSite.articlePath: article(with: [0xFF]),
            "content/articles/2024/b.md": Data(TestSite.article(title: "Bài B", locality: "lam-ha/khong-co").utf8),
        ])
        #expect(TestSite.report(result) == Self.notUTF8 + """
            content/articles/2024/b.md:4:11: error: unknown locality 'lam-ha/khong-co' [unknown-locality]
                4 | locality: lam-ha/khong-co
                  |           ^~~~~~~~~~~~~~~
               hint: write its path like 'lam-dong/lam-ha', or add a smaller unit to content/localities.yaml

            """)
    }

    @Test(arguments: ["site.yaml", "content/localities.yaml", "content/schema.yaml", "content/pages/gioi-thieu.md"])
    func anyFileOfTheSiteThatIsNotUTF8IsNamed(_ path: String) {
        let result = build([path: Data("title: A\n".utf8) + Data([0xFE, 0xFF]) + Data("\n".utf8)])
        let places = result.diagnostics.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0) \($0.message)" }
        #expect(places.contains("\(path):1 the file is not valid UTF-8 text"))
        #expect(!result.succeeded)
    }

    @Test func aTemplateThatIsNotUTF8IsNamed() {
        let result = build(["templates/page.mustache": Data([0x7B, 0x7B, 0xFF, 0x7D, 0x7D])])
        #expect(TestSite.report(result) == """
            templates/page.mustache:1:1: error: the template is not UTF-8 text [not-utf8]

            """)
    }

    /// NUL, other C0 controls and U+FFFE are valid UTF-8: pages show the rest, feeds and charts stay XML.
    @Test func controlCharactersInTextBuildAndStayOutOfFeedsAndCharts() throws {
        // YAML escapes: NUL, SOH, backspace, vertical tab, form feed, escape, DEL and U+FFFE.
        let title = #""Lâm Hà\0\x01\b\v\f\e\x7F\uFFFE tổng kết""#
        let text = TestSite.article(facts: #"values:\#n  cases_solved: {value: 1, of: 2, note: "ghi\0chú\e"}\#n"#, title: title)
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: text]))
        #expect(TestSite.report(result) == "")
        #expect(OutputAudit.site(result.files) == [])
        let feed = try #require(TestSite.page("atom.xml", of: result))
        #expect(feed.contains("<title>Lâm Hà\u{7F} tổng kết</title>"))
        #expect(!feed.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aByteOrderMarkAndCRLFLineEndsAreText() throws {
        let text = "\u{FEFF}" + TestSite.article().replacingOccurrences(of: "\n", with: "\r\n")
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: text]))
        #expect(TestSite.report(result) == "")
        #expect(TestSite.page(Self.pagePath, of: result)?.contains("<h1>Lâm Hà tổng kết phong trào</h1>") == true)
    }

    static let pagePath = "bai-viet/lam-ha-tong-ket-phong-trao/index.html"
}
