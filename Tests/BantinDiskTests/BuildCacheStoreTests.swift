import BantinCore
import Foundation
import Testing
@testable import BantinDisk
#if canImport(Glibc)
import Glibc
#endif

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

    /// A cache saved with the stamp of one output is not the cache of another output at the same path.
    @Test func aCacheWithAStampIsReadBackOnlyWithThatStamp() throws {
        let site = try Self.folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let store = BuildCacheStore(site: site)
        store.save(Self.cache, for: output, stamp: "1-2-3")
        #expect(store.load(for: output, stamp: "1-2-3")?.globals == "g")
        #expect(store.load(for: output, stamp: "1-2-4") == nil)
        store.remove()
        #expect(!FileManager.default.fileExists(atPath: store.file.path + ".stamp"))
    }

    @Test func theDiskFingerprintChangesWithTheFile() throws {
        let site = try Self.folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let file = content.appendingPathComponent("a.md")
        try Data("một".utf8).write(to: file)
        let before = try #require(DiskSiteSource(root: site).quickFingerprint(of: "content/a.md"))
        // The same size, and the time set back to what it was: only the inode tells the new file.
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        var old = [info.st_atim, info.st_mtim]
        try Data("hai".utf8 + [0xCC, 0x81]).write(to: file, options: .atomic)
        #expect(utimensat(AT_FDCWD, file.path, &old, 0) == 0)
        let sameTime = try #require(DiskSiteSource(root: site).quickFingerprint(of: "content/a.md"))
        #expect(sameTime != before)
        // Edited in place (same inode, same size): the modification time tells it.
        let handle = try FileHandle(forWritingTo: file)
        try handle.write(contentsOf: Data("bốn".utf8))
        try handle.close()
        var times = [old[0], timespec(tv_sec: old[1].tv_sec + 1, tv_nsec: old[1].tv_nsec)]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        let inPlace = try #require(DiskSiteSource(root: site).quickFingerprint(of: "content/a.md"))
        #expect(inPlace != sameTime)
        #expect(try Data(contentsOf: file).count == 5)
        #expect(DiskSiteSource(root: site).quickFingerprint(of: "../etc/passwd") == nil)
    }
}
