import Testing
@testable import BantinCore

@Suite("SiteConfig")
struct SiteConfigTests {
    private func parse(_ text: String) -> (config: SiteConfig?, report: String) {
        var bag = DiagnosticBag()
        let config = SiteConfig.parse(SourceFile(path: "site.yaml", text: text), diagnostics: &bag)
        return (config, bag.sorted.map(DiagnosticFormatter(lines: SourceLines(MemorySiteSource(["site.yaml": text]))).format).joined())
    }

    @Test func readsEverySetting() throws {
        let (config, report) = parse("""
            title: Bản tin
            description: Tin tức phong trào
            language: vi
            theme: contrast
            base_url: https://example.gov.vn/bantin
            per_page: 5
            all_localities: true
            """)
        #expect(report == "")
        let parsed = try #require(config)
        #expect(parsed.title == "Bản tin")
        #expect(parsed.description == "Tin tức phong trào")
        #expect(parsed.theme == "contrast")
        #expect(parsed.baseURL == "https://example.gov.vn/bantin/")
        #expect(parsed.perPage == 5)
        #expect(parsed.allLocalities)
    }

    @Test func defaults() throws {
        let config = try #require(parse("title: Bản tin\n").config)
        #expect(config.language == "vi")
        #expect(config.theme == "default")
        #expect(config.baseURL == nil)
        #expect(config.perPage == 20)
        #expect(!config.allLocalities)
    }

    @Test func aBaseURLThatIsNotAbsolute() {
        #expect(parse("title: Bản tin\nbase_url: /bantin/\n").report == """
            site.yaml:2:11: error: 'base_url' must be an absolute http(s) URL [bad-url]
                2 | base_url: /bantin/
                  |           ^~~~~~~~
               hint: for example https://example.gov.vn/bantin/, or leave it out for relative links

            """)
    }

    @Test func perPageMustBePositive() {
        #expect(parse("title: Bản tin\nper_page: 0\n").report == """
            site.yaml:2:11: error: 'per_page' must be a whole number of at least 1 [wrong-type]
                2 | per_page: 0
                  |           ^

            """)
    }

    @Test func aThemeThatIsNotAFolderName() {
        #expect(parse("title: Bản tin\ntheme: ../khac\n").report == """
            site.yaml:2:8: error: theme '../khac' is not a folder name [bad-theme-name]
                2 | theme: ../khac
                  |        ^~~~~~~
               hint: name a folder of themes/, such as 'default'

            """)
    }

    @Test func aMissingTitleAndAnUnknownKey() {
        var bag = DiagnosticBag()
        _ = SiteConfig.parse(SourceFile(path: "site.yaml", text: "titel: Bản tin\n"), diagnostics: &bag)
        // Both are at 1:1; their order is left to `Diagnostic`'s own tests.
        #expect(Set(bag.diagnostics.map(DiagnosticFormatter(lines: SourceLines(MemorySiteSource(["site.yaml": "titel: Bản tin\n"]))).format)) == [
            """
            site.yaml:1:1: error: site.yaml has no 'title' [missing-key]
                1 | titel: Bản tin
                  | ^
               hint: add 'title: …'

            """,
            """
            site.yaml:1:1: error: unknown key 'titel' in site.yaml [unknown-key]
                1 | titel: Bản tin
                  | ^~~~~
               hint: did you mean 'title'?

            """,
        ])
    }

    @Test func anEmptyFile() {
        #expect(parse("").report == "site.yaml:1:1: error: site.yaml is empty [empty-file]\n    1 | \n      | ^\n   hint: add 'title: …'\n")
    }

    /// A byte order mark before the first key, as some Windows editors save it.
    @Test func aByteOrderMarkIsNoPartOfTheFirstKey() throws {
        let (config, report) = parse("\u{FEFF}title: Bản tin\nlanguage: vi\n")
        #expect(report == "")
        #expect(try #require(config).title == "Bản tin")
        let (_, unknown) = parse("\u{FEFF}tittle: Bản tin\n")
        #expect(unknown.contains("site.yaml:1:1: error: unknown key 'tittle' in site.yaml [unknown-key]\n    1 | tittle: Bản tin\n      | ^~~~~~\n"))
    }

    @Test func whereLanguageAndThemeAreWrittenIsKept() throws {
        let config = try #require(parse("title: Bản tin\nlanguage: en\ntheme: contrast\n").config)
        #expect(config.languageLocation.map { "\($0.file):\($0.line):\($0.column)" } == "site.yaml:2:11")
        #expect(config.themeLocation.map { "\($0.file):\($0.line):\($0.column)" } == "site.yaml:3:8")
        #expect(try #require(parse("title: Bản tin\n").config).languageLocation == nil)
    }
}
