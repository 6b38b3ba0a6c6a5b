import Synchronization

/// Keeps a build's files in memory, for tests and the preview server.
public final class MemoryOutputSink: OutputSink, Sendable {
    private let stored = Mutex<[OutputFile]>([])

    public init() {}

    public func write(_ files: [OutputFile]) throws {
        stored.withLock { $0 += files }
    }

    /// Every file written, by path.
    public var files: [OutputFile] {
        stored.withLock { $0 }.sorted { $0.path < $1.path }
    }
}
