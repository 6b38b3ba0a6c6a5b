import BantinCore
import Synchronization

/// The preview site shared between the rebuilds and the requests, and the pages waiting to reload.
///
/// One lock guards both, so a page that subscribes just as a build lands either sees the new
/// generation when it subscribes or receives it as an event; it cannot miss both.
final class PreviewState: Sendable {
    private struct State {
        var site = PreviewSite()
        var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
        var nextSubscriber = 0
        var finished = false
        var boundPort: Int?
    }

    private let state = Mutex(State())

    var current: PreviewSite { state.withLock { $0.site } }

    /// The port the server listens on, once it does: `--port 0` lets the kernel choose.
    var port: Int? {
        get { state.withLock { $0.boundPort } }
        set { state.withLock { $0.boundPort = newValue } }
    }

    /// Takes in a build and tells every open page the new generation.
    @discardableResult
    func update(with result: BuildResult) -> PreviewSite {
        let (updated, waiting) = state.withLock { state in
            state.site.update(with: result)
            return (state.site, Array(state.subscribers.values))
        }
        for continuation in waiting { continuation.yield(updated.generation) }
        return updated
    }

    /// The generations built after `generation`: the current one at once when it differs, then each new one.
    func reloads(after generation: Int) -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let (id, current, isFinished) = state.withLock { state in
            defer { state.nextSubscriber += 1 }
            if !state.finished { state.subscribers[state.nextSubscriber] = continuation }
            return (state.nextSubscriber, state.site.generation, state.finished)
        }
        if isFinished {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        if current != generation { continuation.yield(current) }
        return stream
    }

    var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Ends every event stream, so open pages let the server shut down; later subscribers end at once.
    func finishAll() {
        let waiting = state.withLock { state in
            state.finished = true
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        for continuation in waiting { continuation.finish() }
    }
}
