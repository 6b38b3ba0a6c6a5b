/// Tells when files of a site change: the kernel's notifications, or a poll of modification times.
///
/// A protocol so the rebuild loop can be driven by hand in tests, and so polling can stand in
/// where inotify is missing or sees nothing.
public protocol SiteWatcher: AnyObject, Sendable {
    /// How the watcher works, for the terminal: "inotify" or "polling".
    var method: String { get }
    /// The site-relative path of each change (`content/articles/2024/a.md`, `site.yaml`); ends after `stop()`.
    var changes: AsyncStream<String> { get }
    /// Stops watching and ends `changes`; safe to call more than once.
    func stop()
}
