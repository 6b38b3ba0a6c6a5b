import BantinCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a built site into its output folder all at once.
///
/// The files go into a temporary folder beside the output, which then takes the output's
/// place by rename. A build that fails or is killed part-way leaves the previous output
/// exactly as it was; leftovers of a killed build are removed by the next one.
public struct OutputWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    private var parent: URL { output.deletingLastPathComponent() }
    private var stagingPrefix: String { "." + output.lastPathComponent + ".bantin-" }

    /// Replaces the output folder with exactly `files`.
    public func replace(with files: [OutputFile]) throws {
        let staging = try stage()
        do {
            try staging.write(files)
        } catch {
            discard(staging)
            throw error
        }
        try commit(staging)
    }

    /// A new, empty staging folder beside the output, for a build to write into as it goes.
    public func stage() throws -> StagingFolder {
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers()
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(stagingPrefix + "new-\(pid)")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        return StagingFolder(url: staging)
    }

    /// Puts the staging folder in the output's place, and removes the previous output.
    public func commit(_ staging: StagingFolder) throws {
        let manager = FileManager.default
        let retired = parent.appendingPathComponent(stagingPrefix + "old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: retired)
                do {
                    try manager.moveItem(at: staging.url, to: output)
                } catch {
                    try? manager.moveItem(at: retired, to: output)
                    throw error
                }
                FolderRemoval.remove(retired)
            } else {
                try manager.moveItem(at: staging.url, to: output)
            }
        } catch {
            discard(staging)
            throw error
        }
    }

    /// Throws a staging folder away: the build failed, the output stays as it was.
    public func discard(_ staging: StagingFolder) {
        FolderRemoval.remove(staging.url)
    }

    /// Writes the pages of an incremental build into the existing output, each file
    /// through a temporary name and a rename, so a reader never sees half a page.
    public func update(with files: [OutputFile]) throws {
        let manager = FileManager.default
        for file in files {
            let target = output.appendingPathComponent(file.path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).bantin-tmp")
            try Self.write(file.contents, to: temporary.path)
            guard rename(temporary.path, target.path) == 0 else { throw POSIXFailure(path: target.path, code: errno) }
        }
    }

    /// Removes staging folders left by a build that was killed.
    public func removeLeftovers() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            FolderRemoval.remove(parent.appendingPathComponent(name))
        }
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

    var description: String { "\(path): \(String(cString: strerror(code)))" }
}

/// The first error of a parallel write.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?

    func record(_ error: Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    var first: Error? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}
