import BantinCore
import Foundation

/// Keeps the build cache in `.bantin-cache/build` under the site (see `BuildCacheCoding`).
///
/// A cache is used only for the output folder it was written for, and only while that
/// folder exists; a cache that cannot be read is ignored, never an error.
public struct BuildCacheStore: Sendable {
    public let file: URL

    public init(site: URL) {
        file = site.appendingPathComponent(".bantin-cache", isDirectory: true).appendingPathComponent("build")
    }

    public func load(for output: URL) -> BuildCache? {
        guard FileManager.default.fileExists(atPath: output.path),
              let data = FileManager.default.contents(atPath: file.path),
              let cache = BuildCacheCoding.decode(data),
              cache.output == output.standardizedFileURL.path
        else { return nil }
        return cache
    }

    public func save(_ cache: BuildCache, for output: URL) {
        var cache = cache
        cache.output = output.standardizedFileURL.path
        let data = BuildCacheCoding.encode(cache)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    /// Forgets the cache, so that the next build is a full one.
    public func remove() {
        try? FileManager.default.removeItem(at: file)
    }
}
