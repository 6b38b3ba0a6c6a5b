import Foundation

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
private final class PendingChanges: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    func add(_ path: String) {
        lock.withLock {
            paths.insert(path)
            let now = ContinuousClock.now
            if first == nil { first = now }
            last = now
        }
    }

    var firstSeen: ContinuousClock.Instant? { lock.withLock { first } }

    /// When the latest change was seen, so the waiting task knows when the burst is over.
    var lastSeen: ContinuousClock.Instant? { lock.withLock { last } }

    func take() -> ChangeBatch? {
        lock.withLock {
            guard let first else { return nil }
            defer {
                paths.removeAll()
                self.first = nil
                last = nil
            }
            return ChangeBatch(paths: paths.sorted(), firstSeen: first)
        }
    }
}
