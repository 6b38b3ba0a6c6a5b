import Testing
@testable import BantinCore

@Suite("PathNormalizer")
struct PathNormalizerTests {
    @Test("normalize", arguments: [
        ("content/articles/2024/../2023/a.md", "content/articles/2023/a.md" as String?),
        ("content/./articles//a.md", "content/articles/a.md"),
        ("a/b/../../c", "c"),
        ("a/..", ""),
        ("../a", nil),
        ("a/../../b", nil),
        ("/content/a.md", "content/a.md"),
        ("bài/./viết//../x", "bài/x"),
        // A '/' that carries a combining mark is not a separator.
        ("a/\u{301}/../b", "b"),
        ("tỉnh/../../x", nil),
    ])
    func normalize(path: String, expected: String?) {
        #expect(PathNormalizer.normalize(path) == expected)
    }

    @Test func folderOfAFile() {
        #expect(PathNormalizer.folder(of: "content/articles/2023/a.md") == "content/articles/2023/")
        #expect(PathNormalizer.folder(of: "site.yaml") == "")
    }
}
