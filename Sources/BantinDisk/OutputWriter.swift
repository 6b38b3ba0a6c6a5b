import BantinCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a built site into its output folder all at once.
///
/// The files go into a staging folder beside the output, which then takes the output's place
/// in one step (`renameat2` exchanging the two), or by two renames where the file system
/// cannot exchange. A build that fails or is killed at any instant leaves the previous output
/// or the new one, never a mix; the next build puts back the last complete output if a kill
/// came between the two renames, and removes what the killed build left beside it.
///
/// A mount point cannot be renamed: its staging folder is made inside it, and its entries are
/// moved out and in, the marker last, so that the next build can finish a swap a kill cut short.
public struct OutputWriter: Sendable {
    public let output: URL
    public let isMountPoint: Bool
    var calls = OutputCalls.system

    public init(output: URL, isMountPoint: Bool = false) {
        self.output = output.standardizedFileURL
        self.isMountPoint = isMountPoint
    }

    public init(place: OutputPlace) {
        self.init(output: place.url, isMountPoint: place.isMountPoint)
    }

    private var parent: URL { output.deletingLastPathComponent() }
    /// The folder that holds the staging folders and the lock.
    private var container: String { isMountPoint ? output.path : parent.path }
    private var prefix: String { isMountPoint ? ".bantin-build-" : "." + output.lastPathComponent + ".bantin-" }
    private var pid: Int32 { ProcessInfo.processInfo.processIdentifier }
    private func staging(of pid: Int32) -> String { container + "/" + prefix + "new-\(pid)" }
    private func retired(of pid: Int32) -> String { container + "/" + prefix + "old-\(pid)" }
    /// Says that every entry of the previous output was moved into the retired folder (mount points).
    private static let retiredWhole = ".bantin-build-retired"

    /// Takes the lock of this output (see `OutputLock`); `waiting` is called when another build holds it.
    public func lock(waiting: () -> Void = {}) throws -> OutputLock {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        return try OutputLock.acquire(at: container + "/" + prefix + "lock", waiting: waiting)
    }

    /// Replaces the output folder with exactly `files`.
    @discardableResult
    public func replace(with files: [OutputFile]) throws -> [String] {
        let lock = try lock()
        defer { lock.release() }
        var notes = recover()
        let staging = try stage()
        do {
            try staging.write(files)
        } catch {
            discard(staging)
            throw error
        }
        notes += try commit(staging)
        return notes
    }

    /// A new, empty staging folder, for a build to write into as it goes.
    public func stage() throws -> StagingFolder {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let path = staging(of: pid)
        // A folder of this name was left by a dead build whose number this process now has.
        FolderRemoval.remove(URL(fileURLWithPath: path))
        guard mkdir(path, 0o755) == 0 else { throw POSIXFailure(path: path, code: errno) }
        return StagingFolder(url: URL(fileURLWithPath: path, isDirectory: true))
    }

    /// The files of the output, or nil when it holds anything but files and folders.
    ///
    /// An incremental build keeps only what this list matches of its record, so that a
    /// damaged output is built again in full rather than kept damaged.
    public func files() -> [String]? {
        var files: [String] = []
        // readdir's own file types: one call per folder rather than one `lstat` per entry (26,000 for 10,000 articles).
        func walk(_ folder: String, _ relative: String) -> Bool {
            guard let stream = opendir(folder) else { return false }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                if relative.isEmpty, name == OutputMarker.name || (isMountPoint && name.hasPrefix(prefix)) { continue }
                var type = Int32(entry.pointee.d_type)
                if type == DT_UNKNOWN {
                    var info = stat()
                    guard lstat(folder + "/" + name, &info) == 0 else { return false }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
                }
                switch type {
                case Int32(DT_DIR): guard walk(folder + "/" + name, relative + name + "/") else { return false }
                case Int32(DT_REG): files.append(relative + name)
                default: return false
                }
            }
            return true
        }
        return walk(output.path, "") ? files.sorted() : nil
    }

    /// Links the unchanged files of the output into a staging folder, for an incremental build
    /// to write its few pages beside them: the output itself is never written into.
    public func stage(keeping paths: [String]) throws -> StagingFolder {
        let staging = try stage()
        do {
            try staging.link(paths, from: output.path)
        } catch {
            discard(staging)
            throw error
        }
        return staging
    }

    /// Replaces one folder of the output (`folder`, ending in `/`) in one exchange, for an
    /// incremental build whose changes all lie in it: its unchanged files (`keeping`, paths
    /// inside it) are linked into a staging folder, `files` (paths inside it too) written
    /// beside them, and the two folders exchanged. The output keeps its marker, so its stamp.
    ///
    /// Returns nil, having changed nothing, where the file system cannot exchange or the
    /// folder is not a plain folder: the caller then stages the whole output.
    public func replace(folder: String, keeping: [String], with files: [OutputFile]) throws -> [String]? {
        let target = output.path + "/" + String(folder.dropLast())
        var info = stat()
        guard !folder.isEmpty, lstat(target, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        let staging = try stage()
        do {
            try staging.link(keeping, from: target)
            try staging.write(files)
        } catch {
            discard(staging)
            throw error
        }
        let exchanged = calls.exchange(staging.url.path, target)
        guard exchanged == 0 else {
            discard(staging)
            if exchanged == EINVAL || exchanged == ENOSYS || exchanged == EOPNOTSUPP { return nil }
            throw POSIXFailure(path: target, code: exchanged)
        }
        // The staging folder's name now holds the folder's previous version.
        return remove(staging.url.path) + recover()
    }

    /// Marks the staging folder complete and puts it in the output's place; the previous output goes.
    ///
    /// Returns what went wrong after the new output was in place (a previous output that
    /// could not be removed), for the caller to report.
    @discardableResult
    public func commit(_ staging: StagingFolder) throws -> [String] {
        let notes = try swap(staging)
        // The output is complete now: what dead builds left can go.
        return notes + recover()
    }

    private func swap(_ staging: StagingFolder) throws -> [String] {
        do {
            try OutputMarker.write(in: staging.url.path)
        } catch {
            discard(staging)
            throw error
        }
        if isMountPoint { return try replaceContents(with: staging.url.path, retired: retired(of: pid)) }
        var info = stat()
        guard lstat(output.path, &info) == 0 else {
            let failure = calls.rename(staging.url.path, output.path)
            guard failure == 0 else {
                discard(staging)
                throw POSIXFailure(path: output.path, code: failure)
            }
            return []
        }
        let exchanged = calls.exchange(staging.url.path, output.path)
        if exchanged == 0 {
            // The staging folder's name now holds the previous output.
            return remove(staging.url.path)
        }
        guard exchanged == EINVAL || exchanged == ENOSYS || exchanged == EOPNOTSUPP else {
            discard(staging)
            throw POSIXFailure(path: output.path, code: exchanged)
        }
        // No exchange here: two renames. A kill between them leaves no output, and `recover` puts the old one back.
        let retired = retired(of: pid)
        let away = calls.rename(output.path, retired)
        guard away == 0 else {
            discard(staging)
            throw POSIXFailure(path: output.path, code: away)
        }
        let placed = calls.rename(staging.url.path, output.path)
        guard placed == 0 else {
            let back = calls.rename(retired, output.path)
            guard back == 0 else {
                throw POSIXFailure(path: output.path, code: placed,
                                   detail: "the previous output is kept at \(retired) (\(String(cString: strerror(back))) while putting it back)")
            }
            discard(staging)
            throw POSIXFailure(path: output.path, code: placed)
        }
        return remove(retired)
    }

    /// Throws a staging folder away: the build failed, the output stays as it was.
    public func discard(_ staging: StagingFolder) {
        FolderRemoval.remove(staging.url)
    }

    /// Finishes or undoes what a killed build left, and removes its leftovers.
    ///
    /// Call it holding the lock: then no build owns a staging folder but this one. When the
    /// output is missing (a kill between two renames), the last complete output is put back;
    /// leftovers are removed only once the output is complete (it has the marker), so nothing
    /// is removed that could be the only copy of a site. Returns what was done, to report.
    public func recover() -> [String] {
        var notes: [String] = []
        var leftovers: [(path: String, isNew: Bool, pid: Int32)] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: container)) ?? [] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let isNew = rest.hasPrefix("new-")
            guard isNew || rest.hasPrefix("old-"), let owner = Int32(rest.dropFirst(4)), owner != pid, !Self.isAlive(owner) else { continue }
            leftovers.append((container + "/" + name, isNew, owner))
        }
        if isMountPoint {
            // A swap cut short: the staging folder was complete (it has its marker), so it is finished.
            if !OutputMarker.isMarked(output.path),
               let cut = leftovers.first(where: { $0.isNew && OutputMarker.isMarked($0.path) }) {
                do {
                    notes += try replaceContents(with: cut.path, retired: retired(of: cut.pid))
                    notes.append("finished putting in place the output of a build that was stopped: \(output.path)")
                } catch {
                    notes.append("could not finish putting in place the output of a build that was stopped: \(error)")
                }
            }
        } else {
            var info = stat()
            if lstat(output.path, &info) != 0 {
                // The previous output first: it was published; the new one may never have been.
                let complete = leftovers.filter { OutputMarker.isMarked($0.path) }.sorted { !$0.isNew && $1.isNew }
                if let last = complete.first {
                    let failure = calls.rename(last.path, output.path)
                    if failure == 0 {
                        notes.append("put back \(output.path) from \(last.path), left by a build that was stopped")
                    } else {
                        notes.append("could not put back \(output.path) from \(last.path): \(String(cString: strerror(failure)))")
                    }
                }
            }
        }
        guard OutputMarker.isMarked(output.path) else { return notes }
        for leftover in leftovers where FileManager.default.fileExists(atPath: leftover.path) {
            notes += remove(leftover.path)
        }
        return notes
    }

    /// Removes a folder; says so when it could not.
    private func remove(_ path: String) -> [String] {
        FolderRemoval.remove(URL(fileURLWithPath: path))
        var info = stat()
        guard lstat(path, &info) == 0 else { return [] }
        return ["could not remove \(path), which a build left: remove it by hand"]
    }

    /// Moves the output's entries into `retired` and the staging folder's into the output, the marker last.
    private func replaceContents(with staging: String, retired: String) throws -> [String] {
        let manager = FileManager.default
        let root = output.path
        func move(_ from: String, _ to: String) throws {
            let failure = calls.rename(from, to)
            guard failure == 0 else { throw POSIXFailure(path: from, code: failure) }
        }
        if !FileManager.default.fileExists(atPath: retired + "/" + Self.retiredWhole) {
            guard mkdir(retired, 0o755) == 0 || errno == EEXIST else { throw POSIXFailure(path: retired, code: errno) }
            // Without its marker the output is no longer taken for a complete one.
            if OutputMarker.isMarked(root) { try move(root + "/" + OutputMarker.name, retired + "/" + OutputMarker.name) }
            for name in try manager.contentsOfDirectory(atPath: root) where !name.hasPrefix(".bantin-build-") {
                try move(root + "/" + name, retired + "/" + name)
            }
            try OutputWriter.write(Data(), to: retired + "/" + Self.retiredWhole)
        }
        for name in try manager.contentsOfDirectory(atPath: staging) where name != OutputMarker.name {
            try move(staging + "/" + name, root + "/" + name)
        }
        try move(staging + "/" + OutputMarker.name, root + "/" + OutputMarker.name)
        return remove(retired) + remove(staging)
    }

    /// Whether a process of this number runs (one of another user's counts).
    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}

extension OutputWriter {
    /// Writes with plain POSIX calls. Foundation's `Data.write` syncs every file to the disk,
    /// which made writing slower than building; atomicity comes from the final rename instead.
    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXFailure(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXFailure(path: path, code: errno)
                }
                offset += written
            }
        }
    }
}

/// A failed system call while writing the output.
struct POSIXFailure: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    var detail: String?

    var description: String {
        "\(path): \(String(cString: strerror(code)))" + (detail.map { "; \($0)" } ?? "")
    }
}
