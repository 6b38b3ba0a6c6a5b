import BantinCore
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build writes into before it takes the output's place.
///
/// Pages are written as the build makes them, by the worker that made them, so memory holds
/// a few pages per core; each folder is made once, with plain `mkdir`, and its parents are
/// made first by whichever worker needs them.
public final class StagingFolder: OutputSink, Sendable {
    public let url: URL
    /// Folders made already, by any worker.
    private let folders = Mutex(Set<String>())

    init(url: URL) {
        self.url = url
    }

    /// Writes files in the calling thread; several threads may write at once.
    public func write(_ files: [OutputFile]) throws {
        let root = url.path
        for file in files {
            let folder = PathNormalizer.folder(of: file.path)
            if !folder.isEmpty { try makeFolder(String(folder.dropLast()), in: root) }
            try OutputWriter.write(file.contents, to: root + "/" + file.path)
        }
    }

    /// Hard-links `paths` of `source` (a folder on the same file system) into the staging folder.
    public func link(_ paths: [String], from source: String) throws {
        let root = url.path
        // Each path's failure comes back in its slot; the first path that failed is reported.
        let failures = Parallel.waiting(paths) { path -> POSIXFailure? in
            do throws(POSIXFailure) {
                let folder = PathNormalizer.folder(of: path)
                if !folder.isEmpty { try self.makeFolder(String(folder.dropLast()), in: root) }
                guard Glibc.link(source + "/" + path, root + "/" + path) == 0 else { throw POSIXFailure(path: source + "/" + path, code: errno) }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Makes a folder (a path without a trailing `/`) and its missing parents.
    private func makeFolder(_ folder: String, in root: String) throws(POSIXFailure) {
        if folders.withLock({ $0.contains(folder) }) { return }
        let path = root + "/" + folder
        if mkdir(path, 0o755) != 0 {
            switch errno {
            case EEXIST: break
            case ENOENT:
                // Another worker may be making the parent at the same time: EEXIST is fine for both.
                let parent = PathNormalizer.folder(of: folder)
                guard !parent.isEmpty else { throw POSIXFailure(path: path, code: ENOENT) }
                try makeFolder(String(parent.dropLast()), in: root)
                guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw POSIXFailure(path: path, code: errno) }
            default:
                throw POSIXFailure(path: path, code: errno)
            }
        }
        _ = folders.withLock { $0.insert(folder) }
    }
}
