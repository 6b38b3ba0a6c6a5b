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

    public init(
        site: URL, host: String = "127.0.0.1", port: Int = 1313, drafts: Bool = false,
        poll: Bool = false, debounce: Duration = .milliseconds(100)
    ) {
        self.site = site
        self.host = host
        self.port = port
        self.drafts = drafts
        self.poll = poll
        self.debounce = debounce
    }

    /// The address a browser opens, with IPv6 hosts in brackets.
    public func url(port actualPort: Int? = nil) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(actualPort ?? port)/"
    }
}
