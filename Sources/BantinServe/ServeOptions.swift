import BantinCore
import Foundation

/// What `bantin serve` was asked for.
public struct ServeOptions: Sendable {
    public var site: URL
    /// Loopback by default: a preview shows drafts and broken builds, which are nobody else's business.
    public var host: String
    public var port: Int
    public var drafts: Bool
    /// Compare modification times instead of asking the kernel, for file systems where inotify
    /// sees nothing (network shares, some container mounts).
    public var poll: Bool
    /// How long the site must stay still after a change before it is rebuilt: an editor's save
    /// is often several events (write a temporary file, rename it, change its mode).
    public var debounce: Duration
    /// How long a connection may go without a whole request: from when it opens, or from the
    /// end of the last answer, to the end of the next request's headers. A connection that
    /// sends half a request, or sends nothing, is closed then, rather than held open forever.
    /// An answer being sent (the reload stream of an open page) is not idle.
    public var idleTimeout: Duration
    /// Reads pictures' sizes and makes their copies, as `bantin build` does.
    public var images: (any ImageProcessing)?

    /// The idle timeout when none is given: long enough for a slow machine, short enough that
    /// abandoned connections do not pile up.
    public static let defaultIdleTimeout: Duration = .seconds(10)

    public init(
        site: URL, host: String = "127.0.0.1", port: Int = 1313, drafts: Bool = false,
        poll: Bool = false, debounce: Duration = .milliseconds(100), idleTimeout: Duration = defaultIdleTimeout
    ) {
        self.site = site
        self.host = host
        self.port = port
        self.drafts = drafts
        self.poll = poll
        self.debounce = debounce
        self.idleTimeout = idleTimeout
    }

    /// The address a browser opens, with IPv6 hosts in brackets.
    public func url(port actualPort: Int? = nil) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(actualPort ?? port)/"
    }
}
