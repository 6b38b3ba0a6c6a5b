import Foundation

/// Work started on a thread of its own, whose result is waited for later.
///
/// For work that waits rather than computes (reading files), so that it overlaps with work
/// that keeps the cores busy; `Parallel` is for the latter.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The result, once the work has finished.
    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
