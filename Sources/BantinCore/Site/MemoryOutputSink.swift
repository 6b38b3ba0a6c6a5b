import Foundation

/// Keeps a build's files in memory, for tests and the preview server.
public final class MemoryOutputSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [OutputFile] = []

    public init() {}

    public func write(_ files: [OutputFile]) throws {
        lock.lock()
        stored += files
        lock.unlock()
    }

    /// Every file written, by path.
    public var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return stored.sorted { $0.path < $1.path }
    }
}
