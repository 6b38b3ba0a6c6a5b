import Foundation
import Synchronization
@testable import BantinServe

/// Reads a watcher's changes in the background, so a test can wait for the ones it expects.
final class ChangeCollector: Sendable {
    private let state = Mutex<(paths: [String], ended: Bool)>(([], false))
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(_ watcher: any SiteWatcher) {
        let changes = watcher.changes
        let reading = Task { [weak self] in
            for await path in changes { self?.append(path) }
            self?.end()
        }
        task.withLock { $0 = reading }
    }

    deinit { task.withLock { $0?.cancel() } }

    private func append(_ path: String) { state.withLock { $0.paths.append(path) } }
    private func end() { state.withLock { $0.ended = true } }

    var seen: [String] { state.withLock { $0.paths } }
    var hasEnded: Bool { state.withLock { $0.ended } }

    func reset() { state.withLock { $0.paths.removeAll() } }
}
