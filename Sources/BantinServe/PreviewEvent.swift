/// What the preview tells the terminal; the library prints nothing itself.
public enum PreviewEvent: Sendable {
    /// The first build, before the server listens.
    case built(PreviewBuild)
    /// The server listens at `url`, watching the site with `watcher` ("inotify" or "polling").
    case serving(url: String, watcher: String)
    /// A rebuild after changes; a failed one left the previous good build in place.
    case rebuilt(PreviewBuild)
    /// The server stopped after Ctrl-C or SIGTERM.
    case stopped
}
