import BantinCore
import Foundation

/// Keeps the build cache in `.bantin-cache/build` under the site (see `BuildCacheCoding`).
///
/// A cache is used only for the output folder it was written for, and only while that
/// folder exists and is the very output it was written with (the marker's stamp, kept in
/// `build.stamp`); a cache that cannot be read is ignored, never an error.
public struct BuildCacheStore: Sendable {
    public let file: URL
    private var stampFile: URL { file.appendingPathExtension("stamp") }

    public init(site: URL) {
        file = site.appendingPathComponent(".bantin-cache", isDirectory: true).appendingPathComponent("build")
    }

    /// The cache of the last build into `output`; with a `stamp`, only if that build left it.
    public func load(for output: URL, stamp: String? = nil) -> BuildCache? {
        if let stamp, FileManager.default.contents(atPath: stampFile.path) != Data(stamp.utf8) { return nil }
        guard FileManager.default.fileExists(atPath: output.path),
              let data = FileManager.default.contents(atPath: file.path),
              let cache = BuildCacheCoding.decode(data),
              cache.output == output.standardizedFileURL.path
        else { return nil }
        return cache
    }

    public func save(_ cache: BuildCache, for output: URL, stamp: String? = nil) {
        var cache = cache
        cache.output = output.standardizedFileURL.path
        let data = BuildCacheCoding.encode(cache)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let stamp { try? Data(stamp.utf8).write(to: stampFile, options: .atomic) }
        try? data.write(to: file, options: .atomic)
    }

    /// Forgets the cache, so that the next build is a full one.
    public func remove() {
        try? FileManager.default.removeItem(at: file)
        try? FileManager.default.removeItem(at: stampFile)
    }
}
