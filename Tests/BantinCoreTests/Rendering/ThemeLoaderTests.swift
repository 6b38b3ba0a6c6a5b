import Testing
@testable import BantinCore

@Suite("ThemeLoader")
struct ThemeLoaderTests {
    @Test func anUnknownThemeWithNoThemesFolder() {
        let files = TestSite.files(with: ["site.yaml": "title: Bản tin\ntheme: rieng\n"])
        #expect(TestSite.report(files) == """
            site.yaml:2:8: error: theme 'rieng' was not found [unknown-theme]
                2 | theme: rieng
                  |        ^~~~~
               hint: add the folder themes/rieng/, or write 'theme: default' in site.yaml

            """)
    }

    @Test func aLanguageTheThemeHasNoStringsFor() {
        let files = TestSite.files(with: ["site.yaml": "title: Bản tin\nlanguage: fr\n"])
        #expect(TestSite.report(files) == """
            site.yaml:2:11: error: theme 'default' has no UI strings for language 'fr' [missing-ui-strings]
                2 | language: fr
                  |           ^~
               hint: add (built-in default theme)/i18n/fr.yaml, or set 'language:' in site.yaml to one the theme has

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
        #expect(theme.strings.all["home"] == "Trang chủ")
        #expect(theme.staticFiles["css/style.css"] != nil)
    }

    /// A language of 600 characters: the error is at its place in site.yaml, and the line is cut.
    @Test func aHugeLanguageIsReportedAtItsPlaceWithTheLineCut() {
        let language = String(repeating: "9", count: 600) + "vi"
        let report = TestSite.report(TestSite.files(with: ["site.yaml": "title: Bản tin\ntheme: default\nlanguage: \(language)\n"]))
        #expect(report.hasPrefix("site.yaml:3:11: error: theme 'default' has no UI strings for language '"))
        #expect(report.contains("""

                3 | language: \(language.prefix(190))…
                  |           ^\(String(repeating: "~", count: 189))

            """))
        // The message and the hint are cut to 300 characters, the line to 200.
        #expect(report.split(separator: "\n").allSatisfy { $0.count <= "site.yaml:3:11: error: ".count + 300 + " [missing-ui-strings]".count })
    }

    /// Theme files written by a Windows editor: a byte order mark in a template is no part of the page,
    /// and one in the UI strings no part of their first key.
    @Test func aByteOrderMarkInAThemeFileIsIgnored() throws {
        let bom = "\u{FEFF}"
        let plain = TestSite.build(TestSite.files(with: [
            "site.yaml": "title: Bản tin\ntheme: rieng\n",
            "themes/rieng/theme.yaml": "name: rieng\nextends: default\n",
            "themes/rieng/i18n/vi.yaml": "home: Trang nhà\n",
            "templates/404.mustache": "<p>{{t.home}}</p>\n",
        ]))
        let marked = TestSite.build(TestSite.files(with: [
            "site.yaml": bom + "title: Bản tin\ntheme: rieng\n",
            "themes/rieng/theme.yaml": bom + "name: rieng\nextends: default\n",
            "themes/rieng/i18n/vi.yaml": bom + "home: Trang nhà\n",
            "templates/404.mustache": bom + "<p>{{t.home}}</p>\n",
        ]))
        #expect(TestSite.report(marked) == "")
        #expect(TestSite.page("404.html", of: marked) == "<p>Trang nhà</p>\n")
        #expect(marked.files.map(\.path) == plain.files.map(\.path))
        for (a, b) in zip(marked.files, plain.files) { #expect(a.contents == b.contents, "\(a.path)") }
    }

    /// A child theme's strings file changes the strings it gives and keeps the others.
    @Test func aChildThemeChangesOneStringAndKeepsTheOthers() throws {
        let result = TestSite.build(TestSite.files(with: [
            "site.yaml": "title: Bản tin\ntheme: rieng\n",
            "themes/rieng/theme.yaml": "name: rieng\nextends: default\n",
            "themes/rieng/i18n/vi.yaml": "home: Trang nhà\n",
        ]))
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page("index.html", of: result))
        #expect(page.contains(">Trang nhà</a>"))
        #expect(page.contains(">Chuyển đến nội dung chính</a>"))
        #expect(page.contains(">Tin mới nhất</h2>"))
    }

    /// A string a template uses and no theme gives: an error at the theme's strings file, with the template's line.
    @Test func aStringNoThemeGivesIsAnErrorAtTheStringsFile() {
        let files = TestSite.files(with: [
            "site.yaml": "title: Bản tin\ntheme: rieng\n",
            "themes/rieng/theme.yaml": "name: rieng\nextends: default\n",
            "themes/rieng/i18n/vi.yaml": "home: Trang nhà\n",
            "templates/404.mustache": "<p>{{t.home}}</p>\n<p>{{#t.lost_and_found}}{{t.lost_and_found}}{{/t.lost_and_found}}</p>\n",
        ])
        #expect(TestSite.report(files) == """
            themes/rieng/i18n/vi.yaml:1:1: error: the UI string 'lost_and_found' is missing [missing-ui-strings]
                1 | home: Trang nhà
                  | ^
            templates/404.mustache:2:9: note: the template uses it here
                2 | <p>{{#t.lost_and_found}}{{t.lost_and_found}}{{/t.lost_and_found}}</p>
                  |         ^~~~~~~~~~~~~~
               hint: add 'lost_and_found: …' to this file; the strings of the theme it extends are kept, so it needs only the ones it changes or adds

            """)
    }

    /// Every string Bantin writes itself is required too: a language only a child theme has must give them all.
    @Test func aNewLanguageMustGiveEveryString() {
        let report = TestSite.report(TestSite.files(with: [
            "site.yaml": "title: Bản tin\ntheme: rieng\nlanguage: fr\n",
            "themes/rieng/theme.yaml": "name: rieng\nextends: default\n",
            "themes/rieng/i18n/fr.yaml": "home: Accueil\n",
        ]))
        #expect(report.contains("themes/rieng/i18n/fr.yaml:1:1: error: the UI string 'chart_rise' is missing [missing-ui-strings]\n"))
        #expect(report.contains("themes/rieng/i18n/fr.yaml:1:1: error: the UI string 'skip_to_content' is missing [missing-ui-strings]\n"))
        #expect(!report.contains("'home' is missing"))
        // One error for each key Bantin writes or the default templates use, "home" aside.
        let templates = DefaultTheme.files.filter { $0.key.hasPrefix("templates/") }.values
        let used = Set(UIStrings.Key.allCases.map(\.rawValue)).union(templates.flatMap { UIStrings.references(in: $0).map(\.key) })
        let missing = report.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "error: the UI string '") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "'" })
        }
        #expect(missing.count == Set(missing).count)
        #expect(Set(missing) == used.subtracting(["home"]))
    }
}
