import Foundation

/// Watches a site by comparing modification times and sizes a few times a second.
///
/// The fallback for when inotify is missing or blind (network shares, some container mounts):
/// slower to notice and busier, but it sees every change that reaches the files.
public final class PollingWatcher: SiteWatcher, Sendable {
    public let method = "polling"
    public let changes: AsyncStream<String>

    private let continuation: AsyncStream<String>.Continuation
    private let task: Task<Void, Never>

    public init(root: URL, interval: Duration = .milliseconds(250)) {
        let (changes, continuation) = AsyncStream.makeStream(of: String.self)
        self.changes = changes
        self.continuation = continuation
        let root = root.standardizedFileURL
        // Taken before returning, so a change made right after is seen as one.
        let first = FileSnapshot.take(root: root)
        task = Task.detached {
            var previous = first
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled else { break }
                let next = FileSnapshot.take(root: root)
                for path in previous.changes(to: next) { continuation.yield(path) }
                previous = next
            }
            continuation.finish()
        }
    }

    deinit {
        task.cancel()
    }

    public func stop() {
        task.cancel()
        continuation.finish()
    }
}
