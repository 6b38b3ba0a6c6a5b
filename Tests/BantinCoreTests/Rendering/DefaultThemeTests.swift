import Foundation
import Testing
@testable import BantinCore

@Suite("DefaultTheme")
struct DefaultThemeTests {
    /// The built-in copy must be the folder, byte for byte: run scripts/embed-default-theme.py after editing the theme.
    @Test func theEmbeddedCopyEqualsThemesDefault() throws {
        let folder = TestSite.repositoryRoot.appendingPathComponent("themes/default")
        let onDisk = TestSite.filesOnDisk(under: folder).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(!onDisk.isEmpty)
        #expect(Set(DefaultTheme.files.keys) == Set(onDisk.keys))
        for (path, text) in onDisk.sorted(by: { $0.key < $1.key }) {
            #expect(DefaultTheme.files[path] == text, "\(path) differs; run scripts/embed-default-theme.py")
        }
    }

    @Test func itHasEveryTemplateTheRendererNeeds() {
        let names = Set(DefaultTheme.files.keys.filter { $0.hasPrefix("templates/") }.map {
            String($0.dropFirst("templates/".count).dropLast(".mustache".count))
        })
        #expect(Set(SiteRenderer.requiredTemplates).isSubset(of: names))
        #expect(DefaultTheme.files["i18n/vi.yaml"] != nil)
    }

    /// The example bulletin built with `language: en`: no Vietnamese word is left in its
    /// interface. The articles' prose is left out, and so is every text that comes from the
    /// site's own content, which stays Vietnamese: titles, summaries, tags, places, the schema's
    /// labels and units, and the figures as the articles state them.
    @Test func theExampleSiteInEnglishHasNoVietnameseInItsInterface() throws {
        var files = ExampleSite.files
        files["site.yaml"] = Data(ExampleSite.siteYAML(setting: "language", to: "en").utf8)
        let source = MemorySiteSource(files: files)
        let result = SiteBuilder(source: source).build()
        #expect(TestSite.report(result) == "")
        var bag = DiagnosticBag()
        let (site, _) = try #require(SiteLoader(source: source, options: BuildOptions()).load(diagnostics: &bag))
        let content = EnglishInterface.contentTexts(of: site)
        let places = EnglishInterface.placeNames(of: site)
        var left: [String] = []
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(html.contains("<html lang=\"en\">"), "\(file.path)")
            for segment in EnglishInterface.interfaceTexts(of: html) {
                for word in EnglishInterface.vietnameseWords(in: segment, content: content, places: places) {
                    left.append("\(file.path): \(word) in '\(segment)'")
                }
            }
        }
        #expect(left.isEmpty, "\(left.count) Vietnamese words, such as:\n\(left.prefix(30).joined(separator: "\n"))")
    }
}
