import Foundation
import Synchronization

/// Turns bursts of changes into one rebuild each, once the site has been still for `quiet`.
///
/// An editor's save, a `git checkout` or a copied folder arrive as many events within a few
/// milliseconds; building after each would show half-written states and waste the machine.
/// A change arriving during a rebuild starts another one after it, so the last edit always
/// wins. `limit` bounds the wait, so a file written without pause still gets rebuilds.
public struct ChangeDebouncer: Sendable {
    public var quiet: Duration
    public var limit: Duration

    public init(quiet: Duration = .milliseconds(100), limit: Duration = .seconds(1)) {
        self.quiet = quiet
        self.limit = limit
    }

    /// Runs `action` for each burst of `changes` until `changes` ends, then returns.
    public func run(_ changes: AsyncStream<String>, action: @escaping @Sendable (ChangeBatch) async -> Void) async {
        let pending = PendingChanges()
        let (wake, waker) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await path in changes {
                    pending.add(path)
                    waker.yield()
                }
                waker.finish()
            }
            group.addTask { [quiet, limit] in
                let clock = ContinuousClock()
                for await _ in wake {
                    guard let start = pending.firstSeen else { continue }
                    // Sleep until `quiet` after the latest change, which moves while changes keep coming.
                    while !Task.isCancelled, let last = pending.lastSeen {
                        let due = min(last + quiet, start + limit)
                        guard clock.now < due else { break }
                        try? await clock.sleep(until: due)
                    }
                    guard let batch = pending.take() else { continue }
                    await action(batch)
                }
            }
        }
    }
}

/// The changes seen since the last batch was taken; shared by the reading and the waiting task.
private final class PendingChanges: Sendable {
    private struct State {
        var paths: Set<String> = []
        var first: ContinuousClock.Instant?
        var last: ContinuousClock.Instant?
    }

    private let state = Mutex(State())

    func add(_ path: String) {
        state.withLock { state in
            state.paths.insert(path)
            let now = ContinuousClock.now
            if state.first == nil { state.first = now }
            state.last = now
        }
    }

    var firstSeen: ContinuousClock.Instant? { state.withLock { $0.first } }

    /// When the latest change was seen, so the waiting task knows when the burst is over.
    var lastSeen: ContinuousClock.Instant? { state.withLock { $0.last } }

    func take() -> ChangeBatch? {
        state.withLock { state in
            guard let first = state.first else { return nil }
            defer { state = State() }
            return ChangeBatch(paths: state.paths.sorted(), firstSeen: first)
        }
    }
}
