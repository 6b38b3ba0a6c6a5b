import BantinCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build writes into before it takes the output's place.
///
/// Batches of pages are written as the build makes them, so memory holds one batch at a
/// time; each folder is made once, with plain `mkdir`, parents first.
public final class StagingFolder: OutputSink, @unchecked Sendable {
    public let url: URL
    private var folders = Set<String>()

    init(url: URL) {
        self.url = url
    }

    public func write(_ files: [OutputFile]) throws {
        var missing: [String] = []
        for file in files {
            var dir = PathNormalizer.folder(of: file.path)
            while !dir.isEmpty, folders.insert(dir).inserted {
                missing.append(dir)
                dir = PathNormalizer.folder(of: String(dir.dropLast()))
            }
        }
        for dir in missing.sorted() {
            let path = url.path + "/" + dir
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw POSIXFailure(path: path, code: errno) }
        }
        let failures = FailureBox()
        let root = url.path
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                try OutputWriter.write(files[index].contents, to: root + "/" + files[index].path)
            } catch {
                failures.record(error)
            }
        }
        if let error = failures.first { throw error }
    }
}
