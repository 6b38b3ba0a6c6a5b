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
}
