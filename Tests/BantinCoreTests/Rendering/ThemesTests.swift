import Foundation
import Testing
@testable import BantinCore

@Suite("Themes")
struct ThemesTests {
    @Test(arguments: ["default", "contrast"])
    func bothThemesBuildTheExampleSite(theme: String) throws {
        let result = ExampleSite.build(siteYAML: ExampleSite.siteYAML(setting: "theme", to: theme))
        #expect(TestSite.report(result) == "")
        let css = try #require(TestSite.page("css/style.css", of: result))
        #expect(css.contains(theme == "contrast" ? "Bantin \"contrast\" theme" : "Bantin default theme"))
        // The contrast theme extends the default one: its templates come from there.
        #expect(TestSite.page("bai-viet/long-an-lan-toa-phong-trao/index.html", of: result)?.contains("<html lang=\"vi\">") == true)
    }

    @Test func anArticlePageWithItsStylesheetStaysUnderFiftyKilobytesAndHalfAKilobyteAChart() throws {
        for file in ExampleSite.result.files where file.path.hasPrefix("bai-viet/") && file.path.hasSuffix("index.html") {
            let css = try #require(ExampleSite.result.files.first { $0.path == "css/style.css" })
            // Each chart also carries its source line, its download link and its embed box: 500 bytes more.
            let charts = String(decoding: file.contents, as: UTF8.self).components(separatedBy: "<figcaption class=\"chart-meta\">").count - 1
            let budget = 50_000 + 500 * charts
            #expect(file.contents.count + css.contents.count < budget, "\(file.path): \(file.contents.count + css.contents.count) bytes, \(charts) charts")
        }
    }

    @Test func anUnknownThemeIsNamedWithTheNearestOne() {
        let result = ExampleSite.build(siteYAML: ExampleSite.siteYAML(setting: "theme", to: "contrat"))
        #expect(TestSite.report(result) == """
            site.yaml:4:8: error: theme 'contrat' was not found [unknown-theme]
                4 | theme: contrat
                  |        ^~~~~~~
               hint: did you mean 'contrast'?

            """)
    }

    @Test func themesExtendingEachOtherInACircleAreAnError() {
        var files = ExampleSite.files
        files["themes/a/theme.yaml"] = Data("name: a\nextends: b\n".utf8)
        files["themes/b/theme.yaml"] = Data("name: b\nextends: a\n".utf8)
        let result = SiteBuilder(source: MemorySiteSource(files: files.merging(["site.yaml": Data(ExampleSite.siteYAML(setting: "theme", to: "a").utf8)]) { $1 })).build()
        // At the 'extends:' that closes the circle.
        #expect(TestSite.report(result).hasPrefix("""
            themes/b/theme.yaml:2:10: error: themes extend each other in a circle: a → b → a [theme-cycle]
                2 | extends: a
                  |          ^

            """))
    }

    @Test func theHomePageShowsTheBulletinAtAGlanceAndItsProvinces() throws {
        let page = try #require(TestSite.page("index.html", of: ExampleSite.result))
        #expect(page.contains("<li><strong>5</strong> <span>bài viết</span></li>"))
        #expect(page.contains("<li><strong>82</strong> <span>số liệu</span></li>"))
        #expect(page.contains(#"<li><a href="dia-phuong/long-an/index.html">Tỉnh Long An</a> <span class="muted">(1 bài viết)</span></li>"#))
    }

    @Test func pagesAreReadableWithoutJavaScriptAndInVietnamese() throws {
        let page = try #require(TestSite.page("index.html", of: ExampleSite.result))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(page.contains(##"<a class="skip-link" href="#main">Chuyển đến nội dung chính</a>"##))
        #expect(!page.contains("<script"))
    }
}
