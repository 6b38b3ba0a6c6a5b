import BantinCore
import Foundation

/// Keeps the build cache in `.bantin-cache/build.json` under the site.
///
/// A cache is used only for the output folder it was written for, and only while that
/// folder exists; a cache that cannot be read is ignored, never an error.
public struct BuildCacheStore: Sendable {
    public let file: URL

    public init(site: URL) {
        file = site.appendingPathComponent(".bantin-cache", isDirectory: true).appendingPathComponent("build.json")
    }

    public func load(for output: URL) -> BuildCache? {
        guard FileManager.default.fileExists(atPath: output.path),
              let data = FileManager.default.contents(atPath: file.path),
              let cache = try? JSONDecoder().decode(BuildCache.self, from: data),
              cache.output == output.standardizedFileURL.path
        else { return nil }
        return cache
    }

    public func save(_ cache: BuildCache, for output: URL) {
        var cache = cache
        cache.output = output.standardizedFileURL.path
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(cache) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }

    /// Forgets the cache, so that the next build is a full one.
    public func remove() {
        try? FileManager.default.removeItem(at: file)
    }
}
