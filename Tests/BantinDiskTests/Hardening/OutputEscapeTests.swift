import BantinCore
import BantinDisk
import Foundation
import Testing

/// A build writes into its staging folder and output folder only, whatever paths its source lists.
@Suite("Writing outside the output")
struct OutputEscapeTests {
    static let site: [String: String] = [
        "site.yaml": "title: Bản tin\nlanguage: vi\ntheme: default\n",
        "content/localities.yaml": "- {name: Lâm Đồng, kind: tỉnh}\n",
        "content/articles/2024/a.md": "---\ntitle: Bài A\ndate: 2024-05-01\nlocality: lam-dong\n---\n\nNội dung.\n",
    ]

    /// A memory source can list what no folder holds; the staging folder sits at temp/a/b/c/.
    @Test(arguments: ["content/static/../../thoat.txt", "content/static/../../../thoat.txt", "content/static//thoat.txt"])
    func aListedPathThatClimbsOutIsWrittenNowhere(_ path: String) throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("a/b/c/public"))
        let staging = try writer.stage()
        var files = Self.site
        files[path] = "thoát"
        let result = SiteBuilder(source: MemorySiteSource(files)).build(sink: staging)
        #expect(!result.succeeded)
        #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("the output could not be written: ") && $0.hasSuffix(" is not a path inside the output folder") })
        writer.discard(staging)
        #expect(temp.listing() == ["a", "a/b", "a/b/c"])
        #expect(!FileManager.default.fileExists(atPath: "/thoat.txt"))
    }

    /// The same site, without the bad path, is written whole into the output folder and nowhere else.
    @Test func aCleanBuildWritesOnlyItsOutputFolder() throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("a/b/c/public"))
        let staging = try writer.stage()
        let result = SiteBuilder(source: MemorySiteSource(Self.site)).build(sink: staging)
        #expect(result.succeeded)
        try writer.commit(staging)
        #expect(temp.listing().allSatisfy { ["a", "a/b", "a/b/c", "a/b/c/public"].contains($0) || $0.hasPrefix("a/b/c/public/") })
        #expect(temp.listing().contains("a/b/c/public/bai-viet/bai-a/index.html"))
    }
}
