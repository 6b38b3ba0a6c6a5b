import Testing
@testable import BantinServe

@Suite("Watched paths")
struct WatchedPathsTests {
    @Test("what the site source reads matters", arguments: [
        ("site.yaml", true),
        ("content/articles/2024/a.md", true),
        ("content", true),
        ("themes/default/templates/base.mustache", true),
        ("templates/article.mustache", true),
        ("content/articles/.a.md.swp", false),
        ("content/.git/index", false),
        ("public/index.html", false),
        ("README.md", false),
        ("site.yaml.tmp", false),
        ("docs/site.yaml", false),
        ("", false),
    ])
    func matters(path: String, expected: Bool) {
        #expect(WatchedPaths.matters(path) == expected)
    }
}
