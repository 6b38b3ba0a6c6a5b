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
    /// The listing's regular files, read without resolving their path again (the walk checked them).
    private let plainFiles: Set<String>
    private let rootPath: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPath = self.root.resolvingSymlinksInPath().path
        var entries: [(path: String, plain: Bool)] = []
        var info = stat()
        if lstat(self.root.appendingPathComponent(SiteConfig.path).path, &info) == 0 {
            entries.append((SiteConfig.path, (info.st_mode & S_IFMT) == S_IFREG))
        }
        for folder in SiteConfig.folders {
            // Walked only when it is a folder, like every folder below it: a link could lead anywhere.
            guard lstat(self.root.path + "/" + folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            Self.walk(self.root.path + "/" + folder, prefix: folder + "/", rootPath: rootPath, into: &entries)
        }
        listing = entries.map(\.path).sorted()
        plainFiles = Set(entries.filter(\.plain).map(\.path))
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

    /// The bytes of a file of the site. No symbolic link is followed while opening it (each
    /// folder on the way is opened with `O_NOFOLLOW`), so a file swapped for a link after the
    /// listing is not read: what was checked is what is published.
    public func contents(of path: String) -> Data? {
        if plainFiles.contains(path) { return Self.read(path, under: rootPath) }
        guard !path.hasPrefix("/"), PathNormalizer.normalize(path) == path else { return nil }
        let resolved = root.appendingPathComponent(path).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(rootPath + "/") else { return nil }
        return Self.read(String(resolved.dropFirst(rootPath.count + 1)), under: rootPath)
    }

    /// Reads the regular file at `relative` under `base`, or nil when any part of the path is a link.
    static func read(_ relative: String, under base: String) -> Data? {
        var folder = open(base, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            // O_NONBLOCK: a FIFO put in a file's place must not hang the build; a regular file ignores it.
            let flags = (isLast ? O_RDONLY | O_NONBLOCK : O_RDONLY | O_DIRECTORY) | O_NOFOLLOW | O_CLOEXEC
            let next = part.isEmpty || part == "." || part == ".." ? -1 : openat(folder, part, flags)
            close(folder)
            guard next >= 0 else { return nil }
            folder = next
        }
        defer { close(folder) }
        var info = stat()
        guard fstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var data = Data(count: Int(info.st_size) + 1)
        var total = 0
        while true {
            if total == data.count { data.count += max(4096, data.count) }
            let count = data.withUnsafeMutableBytes { buffer in
                Glibc.read(folder, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return data
    }

    public func contents(of paths: [String]) -> [Data?] {
        let source = self
        return Parallel.waiting(paths) { source.contents(of: $0) }
    }

    public func quickFingerprints(of paths: [String]) -> [String?] {
        let source = self
        return Parallel.waiting(paths) { source.quickFingerprint(of: $0) }
    }

    /// Size and modification time: enough to tell a file changed without reading it.
    public func quickFingerprint(of path: String) -> String? {
        guard !path.hasPrefix("/"), PathNormalizer.normalize(path) == path else { return nil }
        var info = stat()
        guard stat(root.appendingPathComponent(path).path, &info) == 0 else { return nil }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }

    /// Lists a folder with one `lstat` per entry. A symbolic link is listed only when it leads
    /// to a file inside the site; linked folders are not followed, so no link can make a loop.
    private static func walk(_ folder: String, prefix: String, rootPath: String, into entries: inout [(path: String, plain: Bool)]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, prefix: prefix + name + "/", rootPath: rootPath, into: &entries)
            case S_IFREG:
                entries.append((prefix + name, true))
            case S_IFLNK:
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                var target = stat()
                guard resolved.hasPrefix(rootPath + "/"), stat(resolved, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG else { continue }
                entries.append((prefix + name, false))
            default:
                continue
            }
        }
    }
}
