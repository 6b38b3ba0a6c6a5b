import Foundation
@testable import BantinServe

/// Reads a watcher's changes in the background, so a test can wait for the ones it expects.
final class ChangeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []
    private var ended = false
    private var task: Task<Void, Never>?

    init(_ watcher: any SiteWatcher) {
        let changes = watcher.changes
        task = Task { [weak self] in
            for await path in changes { self?.append(path) }
            self?.end()
        }
    }

    deinit { task?.cancel() }

    private func append(_ path: String) { lock.withLock { paths.append(path) } }
    private func end() { lock.withLock { ended = true } }

    var seen: [String] { lock.withLock { paths } }
    var hasEnded: Bool { lock.withLock { ended } }

    func reset() { lock.withLock { paths.removeAll() } }
}
