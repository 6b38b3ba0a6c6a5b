import Foundation
import Synchronization

/// Work started on a thread of its own, whose result is waited for later.
///
/// For work that waits rather than computes (reading files), so that it overlaps with work
/// that keeps the cores busy; `Parallel` is for the latter.
final class Background<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Mutex<Value?>(nil)

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        thread.start()
    }

    /// The result, once the work has finished.
    var value: Value {
        done.wait()
        done.signal()
        return result.withLock { $0! }
    }
}
