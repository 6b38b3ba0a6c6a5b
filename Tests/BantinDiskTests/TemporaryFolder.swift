import Foundation

/// A folder under the system's temporary folder, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bantin-disk-tests-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` at `path` under the folder, making the folders between.
    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Every entry under `folder` (files and folders, hidden ones too), as sorted relative paths.
    func listing(_ folder: String = "") -> [String] {
        let base = folder.isEmpty ? url : url.appendingPathComponent(folder)
        return ((try? FileManager.default.subpathsOfDirectory(atPath: base.path)) ?? []).sorted()
    }

    /// Every regular file under `folder`, relative path → bytes.
    func contents(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = url.appendingPathComponent(folder)
        for path in listing(folder) {
            var isFolder: ObjCBool = false
            let full = base.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }
}
