import BantinCore
import Foundation

/// The preview site shared between the rebuilds and the requests, and the pages waiting to reload.
///
/// One lock guards both, so a page that subscribes just as a build lands either sees the new
/// generation when it subscribes or receives it as an event; it cannot miss both.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var site = PreviewSite()
    private var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextSubscriber = 0
    private var finished = false
    private var boundPort: Int?

    var current: PreviewSite { lock.withLock { site } }

    /// The port the server listens on, once it does: `--port 0` lets the kernel choose.
    var port: Int? {
        get { lock.withLock { boundPort } }
        set { lock.withLock { boundPort = newValue } }
    }

    /// Takes in a build and tells every open page the new generation.
    @discardableResult
    func update(with result: BuildResult) -> PreviewSite {
        let (updated, waiting) = lock.withLock { () -> (PreviewSite, [AsyncStream<Int>.Continuation]) in
            site.update(with: result)
            return (site, Array(subscribers.values))
        }
        for continuation in waiting { continuation.yield(updated.generation) }
        return updated
    }

    /// The generations built after `generation`: the current one at once when it differs, then each new one.
    func reloads(after generation: Int) -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let (id, current, isFinished) = lock.withLock { () -> (Int, Int, Bool) in
            defer { nextSubscriber += 1 }
            if !finished { subscribers[nextSubscriber] = continuation }
            return (nextSubscriber, site.generation, finished)
        }
        if isFinished {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.subscribers.removeValue(forKey: id) }
        }
        if current != generation { continuation.yield(current) }
        return stream
    }

    var subscriberCount: Int { lock.withLock { subscribers.count } }

    /// Ends every event stream, so open pages let the server shut down; later subscribers end at once.
    func finishAll() {
        let waiting = lock.withLock { () -> [AsyncStream<Int>.Continuation] in
            finished = true
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        for continuation in waiting { continuation.finish() }
    }
}
