import Foundation

/// The modification time and size of every file of a site that matters, for polling.
struct FileSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var modified: Date?
        var size: Int
    }

    /// Site-relative path → stamp.
    var files: [String: Stamp]

    init(files: [String: Stamp]) {
        self.files = files
    }

    /// Reads the stamps of `site.yaml` and of everything under the watched folders. Symbolic
    /// links are followed, to folders too (each folder once, so a loop ends), which is more
    /// than `DiskSiteSource` reads: every file a build reads is stamped, and a change to a
    /// linked file the build leaves out costs only a rebuild that changes nothing.
    static func take(root: URL) -> FileSnapshot {
        var files: [String: Stamp] = [:]
        for file in WatchedPaths.files { stamp(root: root, path: file, into: &files) }
        for folder in WatchedPaths.folders {
            var seen: Set<String> = []
            walk(root: root, folder: folder, seen: &seen, into: &files)
        }
        return FileSnapshot(files: files)
    }

    /// The paths added, removed or changed between `self` and `newer`, sorted.
    func changes(to newer: FileSnapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in newer.files where files[path] != stamp { changed.append(path) }
        for path in files.keys where newer.files[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    private static func walk(root: URL, folder: String, seen: inout Set<String>, into files: inout [String: Stamp]) {
        let url = root.appendingPathComponent(folder)
        guard seen.insert(url.resolvingSymlinksInPath().path).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                walk(root: root, folder: path, seen: &seen, into: &files)
            } else {
                stamp(root: root, path: path, into: &files)
            }
        }
    }

    private static func stamp(root: URL, path: String, into files: inout [String: Stamp]) {
        let resolved = root.appendingPathComponent(path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved),
              attributes[.type] as? FileAttributeType == .typeRegular else { return }
        files[path] = Stamp(modified: attributes[.modificationDate] as? Date,
                            size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
    }
}
