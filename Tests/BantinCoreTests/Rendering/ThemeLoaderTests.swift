import Testing
@testable import BantinCore

@Suite("ThemeLoader")
struct ThemeLoaderTests {
    @Test func anUnknownThemeWithNoThemesFolder() {
        let files = TestSite.files(with: ["site.yaml": "title: Bản tin\ntheme: rieng\n"])
        #expect(TestSite.report(files) == """
            error: theme 'rieng' was not found
               hint: add the folder themes/rieng/, or write 'theme: default' in site.yaml

            """)
    }

    @Test func aLanguageTheThemeHasNoStringsFor() {
        let files = TestSite.files(with: ["site.yaml": "title: Bản tin\nlanguage: en\n"])
        #expect(TestSite.report(files) == """
            error: theme 'default' has no UI strings for language 'en'
               hint: add (built-in default theme)/i18n/en.yaml, or set 'language:' in site.yaml to one the theme has

            """)
    }

    @Test func aThemeThatExtendsTheDefaultOneHoldsOnlyWhatItChanges() throws {
        let files = TestSite.files(with: [
            "site.yaml": "title: Bản tin\ntheme: rieng\n",
            "themes/rieng/theme.yaml": "name: rieng\nextends: default\n",
            "themes/rieng/static/css/style.css": "body { color: black; }\n",
        ])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(TestSite.page("css/style.css", of: result) == "body { color: black; }\n")
        #expect(TestSite.page("js/search.js", of: result) == DefaultTheme.files["static/js/search.js"])
        #expect(TestSite.page("index.html", of: result)?.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">") == true)
    }

    @Test func siteTemplatesReplaceTheThemesOnes() throws {
        var diagnostics = DiagnosticBag()
        let source = MemorySiteSource(TestSite.files(with: ["templates/footer.mustache": "<footer/>\n"]))
        let theme = try #require(ThemeLoader.load(SiteConfig(title: "x"), from: source, diagnostics: &diagnostics))
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(theme.templates["footer"]?.text == "<footer/>\n")
        #expect(theme.templates["footer"]?.path == "templates/footer.mustache")
        #expect(theme.templates["base"]?.path == "(built-in default theme)/templates/base.mustache")
        #expect(theme.strings["home"] == "Trang chủ")
        #expect(theme.staticFiles["css/style.css"] != nil)
    }
}
