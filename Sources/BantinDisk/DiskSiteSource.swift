import BantinCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A site read from a folder on disk.
///
/// Only the folders a site is made of are listed (`site.yaml`, `content/`, `themes/`,
/// `templates/`), so a site that lives at the root of a code repository does not walk
/// build folders. Hidden files are skipped, and so are symbolic links that lead outside
/// the site: a build never reads anything outside it.
public struct DiskSiteSource: FingerprintingSiteSource {
    public let root: URL
    private let listing: [String]
    private let rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.resolvingSymlinksInPath().path
        var paths: [String] = []
        let manager = FileManager.default
        if manager.fileExists(atPath: self.root.appendingPathComponent(SiteConfig.path).path) {
            paths.append(SiteConfig.path)
        }
        for folder in ["content", "themes", "templates"] {
            paths += Self.walk(self.root.appendingPathComponent(folder), prefix: folder + "/", rootPath: rootPath)
        }
        listing = paths.sorted()
    }

    public func paths(under prefix: String) -> [String] {
        guard !prefix.isEmpty else { return listing }
        // The listing is sorted, so the paths under a prefix are one contiguous run.
        var low = 0, high = listing.count
        while low < high {
            let mid = (low + high) / 2
            if listing[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var result: [String] = []
        while low < listing.count, listing[low].hasPrefix(prefix) {
            result.append(listing[low])
            low += 1
        }
        return result
    }

    public func contents(of path: String) -> Data? {
        guard !path.hasPrefix("/"), PathNormalizer.normalize(path) == path else { return nil }
        let url = root.appendingPathComponent(path)
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else { return nil }
        return FileManager.default.contents(atPath: url.path)
    }

    /// Size and modification time: enough to tell a file changed without reading it.
    public func quickFingerprint(of path: String) -> String? {
        guard !path.hasPrefix("/"), PathNormalizer.normalize(path) == path else { return nil }
        var info = stat()
        guard stat(root.appendingPathComponent(path).path, &info) == 0 else { return nil }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }

    private static func walk(_ folder: URL, prefix: String, rootPath: String) -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
        var paths: [String] = []
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved == rootPath || resolved.hasPrefix(rootPath + "/") else { continue }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                paths += walk(url, prefix: prefix + name + "/", rootPath: rootPath)
            } else {
                paths.append(prefix + name)
            }
        }
        return paths
    }
}
