import BantinCore

/// The lines `bantin serve` prints besides the diagnostics, worded in one place and tested.
///
/// Each rebuild line gives the build's time and the time from the save to the reload signal,
/// which is how "an edit is visible within half a second" is checked by eye.
public enum PreviewMessages {
    public static func serving(site: String, url: String) -> String {
        "Serving \(site) at \(url)"
    }

    public static func watching(method: String) -> String {
        "watching content/, themes/, templates/ and site.yaml (\(method)); press Ctrl-C to stop"
    }

    /// A host other than loopback shows drafts and diagnostics to the network, and answers to any name.
    public static func exposed(host: String) -> String? {
        HostCheck.isLoopback(host.lowercased())
            ? nil
            : "warning: serving to the network on \(host): anyone who can reach this machine sees the preview, drafts included"
    }

    public static let stopped = "stopped"

    /// The line after the first build, or after a rebuild.
    public static func build(_ build: PreviewBuild) -> String {
        let result = build.result
        let formatter = DiagnosticFormatter(colored: false)
        var line = ""
        if let batch = build.batch {
            line += changed(batch.paths) + ": "
        }
        let verb = build.batch == nil ? "built" : "rebuilt"
        if result.succeeded {
            line += "\(verb) \(result.files.count) files in \(milliseconds(build.duration)) ms"
            if result.warningCount > 0 {
                line += " (" + formatter.summary(errors: 0, warnings: result.warningCount, outputKept: nil) + ")"
            }
        } else {
            line += formatter.summary(errors: result.errorCount, warnings: result.warningCount, outputKept: nil)
            line += build.batch == nil
                ? "; the preview shows them until the site builds"
                : "; still serving the last good build"
            line += " (checked in \(milliseconds(build.duration)) ms)"
        }
        if let since = build.sinceChange {
            line += "; pages reload \(milliseconds(since)) ms after the save"
        }
        return line
    }

    /// The first changed path, shown as diagnostics show text (a file name can hold a terminal escape).
    static func changed(_ paths: [String]) -> String {
        let first = paths.first.map(DiagnosticFormatter.shown) ?? ""
        switch paths.count {
        case 0: return "changed"
        case 1: return "\(first) changed"
        case 2: return "\(first) and 1 more changed"
        default: return "\(first) and \(paths.count - 1) more changed"
        }
    }

    /// Whole milliseconds, rounded down.
    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
