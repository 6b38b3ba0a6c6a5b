import BantinCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides, before anything is touched, whether a folder may be a build's output.
///
/// A build replaces its output whole, so the output must be a folder Bantin made (it has
/// the marker), an empty one, or one that does not exist yet; never the site, a folder that
/// holds it, or one of the site's own folders. A symbolic link is followed to the folder it
/// leads to, which is then replaced like any other (the link stays as it is).
public struct OutputSafety: Sendable {
    public let site: URL

    public init(site: URL) {
        self.site = site.standardizedFileURL
    }

    /// The folders a site is made of: an output inside one would be read back as a source, or destroy one.
    static let sourceFolders = ["content", "themes", "static", "templates"]

    /// Where to build for `--output` as typed (nil: `SITE/public`), or why not.
    public func place(for argument: String?) throws -> OutputPlace {
        if argument == "" { throw OutputRefusal(path: "''", reason: "an empty name stands for the current folder") }
        let given = (argument.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? site.appendingPathComponent("public", isDirectory: true)).standardizedFileURL
        let shown = argument ?? given.path
        func refuse(_ reason: String) -> OutputRefusal { OutputRefusal(path: shown, reason: reason) }

        var info = stat()
        let exists = lstat(given.path, &info) == 0
        let target: String
        if exists {
            guard let real = Self.realPath(given.path) else { throw refuse("it is a symbolic link to nothing") }
            target = real
        } else {
            target = Self.resolvedNew(given.path)
            // The part that exists must be a folder, or the output could never be made.
            var above = URL(fileURLWithPath: target).deletingLastPathComponent().path
            while lstat(above, &info) != 0, above != "/" { above = URL(fileURLWithPath: above).deletingLastPathComponent().path }
            if (info.st_mode & S_IFMT) != S_IFDIR { throw refuse("\(above) is a file, not a folder") }
        }
        let sitePath = Self.realPath(site.path) ?? site.path
        if target == "/" { throw refuse("it is the root of the file system") }
        if target == sitePath { throw refuse("it is the site folder") }
        if sitePath.hasPrefix(target + "/") { throw refuse("it holds the site folder") }
        for folder in Self.sourceFolders {
            let path = Self.realPath(sitePath + "/" + folder) ?? sitePath + "/" + folder
            if target == path { throw refuse("it is the site's \(folder)/ folder") }
            if target.hasPrefix(path + "/") { throw refuse("it lies inside the site's \(folder)/ folder") }
        }
        guard exists else { return OutputPlace(url: URL(fileURLWithPath: target, isDirectory: true), isMountPoint: false) }
        guard stat(target, &info) == 0 else { throw refuse("it cannot be read (\(String(cString: strerror(errno))))") }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw refuse((info.st_mode & S_IFMT) == S_IFREG ? "it is a file, not a folder" : "it is not a folder")
        }
        let url = URL(fileURLWithPath: target, isDirectory: true)
        guard OutputMarker.isMarked(target) || Self.isEmpty(target) || wasBuiltBefore(given, url) else {
            throw refuse("it holds files that Bantin did not write (it has no \(OutputMarker.name))")
        }
        return OutputPlace(url: url, isMountPoint: Self.isMountPoint(target))
    }

    /// An output written by a version that did not mark its outputs: the site's build cache names it.
    private func wasBuiltBefore(_ given: URL, _ target: URL) -> Bool {
        let store = BuildCacheStore(site: site)
        return store.load(for: given) != nil || store.load(for: target) != nil
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A path that does not exist yet, with the part of it that exists resolved.
    static func resolvedNew(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while existing.path != "/", realPath(existing.path) == nil {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        let base = realPath(existing.path) ?? existing.path
        return rest.reduce(base == "/" ? "" : base) { $0 + "/" + $1 }
    }

    /// Empty but for what a build into a mount point keeps in it while it runs (its lock, its staging folder).
    static func isEmpty(_ folder: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        return names.allSatisfy { $0.hasPrefix(".bantin-build-") }
    }

    /// A folder on another file system than its parent, or named in the mount table (a bind mount).
    static func isMountPoint(_ folder: String) -> Bool {
        var own = stat(), parent = stat()
        guard stat(folder, &own) == 0, stat(folder + "/..", &parent) == 0 else { return false }
        if own.st_dev != parent.st_dev || own.st_ino == parent.st_ino { return true }
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count > 4, unescape(String(fields[4])) == folder { return true }
        }
        return false
    }

    /// The mount table writes a space, tab, newline or backslash as `\040`, `\011`, `\012`, `\134`.
    private static func unescape(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var bytes: [UInt8] = []
        let utf8 = Array(field.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "\\"), index + 3 < utf8.count,
               let value = UInt8(String(decoding: utf8[(index + 1)...(index + 3)], as: UTF8.self), radix: 8) {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
