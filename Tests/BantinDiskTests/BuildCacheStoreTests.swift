import BantinCore
import Foundation
import Testing
@testable import BantinDisk

@Suite("Build cache on disk")
struct BuildCacheStoreTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let cache = BuildCache(format: BuildCache.format, globals: "g", articles: [
        "content/articles/a.md": .init(fingerprint: "1", slug: "a", metadata: "m", outputs: ["bai-viet/a/index.html"]),
    ], localitiesWithPages: ["lam-dong"], outputs: ["index.html"], output: nil)

    @Test func aCacheIsReadBackOnlyForTheOutputItWasWrittenFor() throws {
        let site = try Self.folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let store = BuildCacheStore(site: site)
        store.save(Self.cache, for: output)
        var expected = Self.cache
        expected.output = output.standardizedFileURL.path
        #expect(store.load(for: output) == expected)
        #expect(store.load(for: site.appendingPathComponent("other")) == nil)
        store.remove()
        #expect(store.load(for: output) == nil)
    }

    @Test func aCacheIsIgnoredWhenItsOutputIsGoneOrItCannotBeRead() throws {
        let site = try Self.folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public")
        let store = BuildCacheStore(site: site)
        store.save(Self.cache, for: output)
        #expect(store.load(for: output) == nil)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: store.file)
        #expect(store.load(for: output) == nil)
    }

    @Test func anUpdateRewritesOnlyTheGivenFiles() throws {
        let site = try Self.folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public")
        let writer = OutputWriter(output: output)
        try writer.replace(with: [OutputFile(path: "index.html", text: "home"), OutputFile(path: "bai-viet/a/index.html", text: "old")])
        try writer.update(with: [OutputFile(path: "bai-viet/a/index.html", text: "new")])
        #expect(String(decoding: FileManager.default.contents(atPath: output.appendingPathComponent("bai-viet/a/index.html").path)!, as: UTF8.self) == "new")
        #expect(String(decoding: FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path)!, as: UTF8.self) == "home")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("bai-viet/a").path)
        #expect(names == ["index.html"])
    }

    @Test func theDiskFingerprintChangesWithTheFile() throws {
        let site = try Self.folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("một".utf8).write(to: content.appendingPathComponent("a.md"))
        let before = DiskSiteSource(root: site).quickFingerprint(of: "content/a.md")
        try Data("hai hai".utf8).write(to: content.appendingPathComponent("a.md"))
        let after = DiskSiteSource(root: site).quickFingerprint(of: "content/a.md")
        #expect(before != nil && after != nil && before != after)
        #expect(DiskSiteSource(root: site).quickFingerprint(of: "../etc/passwd") == nil)
    }
}
