import Foundation
import Testing
@testable import BantinCore

@Suite("MemorySiteSource")
struct MemorySiteSourceTests {
    let source = MemorySiteSource(["content/b.md": "b", "content/a.md": "a", "site.yaml": "title: x", "contents.txt": "c"])

    @Test func pathsUnderAPrefixAreSorted() {
        #expect(source.paths(under: "content/") == ["content/a.md", "content/b.md"])
        #expect(source.paths(under: "") == ["content/a.md", "content/b.md", "contents.txt", "site.yaml"])
        #expect(source.paths(under: "themes/") == [])
    }

    @Test func contentsAreTheUTF8Bytes() {
        #expect(source.contents(of: "content/a.md") == Data("a".utf8))
        #expect(source.contents(of: "khong-co") == nil)
        #expect(source.exists("site.yaml"))
        #expect(!source.exists("content"))
    }
}
