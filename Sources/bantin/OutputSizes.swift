import BantinCore
import Foundation

/// The files and bytes of a built output, by its top folder and the kind of file, for
/// `--timings`: what the output is made of, to see where its size comes from.
struct OutputSizes {
    let folder: URL

    /// "    12345 files     123.4 MB  dia-phuong/ .html", largest first, then the whole.
    var table: String {
        var sizes: [String: (files: Int, bytes: Int)] = [:]
        let root = folder.path
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] {
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let kind = Self.kind(of: path)
            sizes[kind, default: (0, 0)].files += 1
            sizes[kind, default: (0, 0)].bytes += Int(info.st_size)
        }
        let total = sizes.values.reduce((files: 0, bytes: 0)) { ($0.files + $1.files, $0.bytes + $1.bytes) }
        let rows: [(String, (files: Int, bytes: Int))] = sizes.sorted { ($1.value.bytes, $0.key) < ($0.value.bytes, $1.key) }
            .map { ($0.key, $0.value) } + [("total", total)]
        return rows.map { kind, size in
            String(format: "%9ld files %9.1f MB  ", size.files, Double(size.bytes) / 1_000_000) + kind
        }.joined(separator: "\n")
    }

    /// The top folder and the extension: "dia-phuong/ .html", ".html" for a file at the top.
    static func kind(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? "." + (name.split(separator: ".").last.map(String.init) ?? "") : name
        guard let slash = path.firstIndex(of: "/") else { return ext }
        return "\(path[...slash]) \(ext)"
    }
}
