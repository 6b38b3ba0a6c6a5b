import BantinCore

/// Which paths of a site a change matters in: the ones `DiskSiteSource` reads.
///
/// Hidden files are left out as the source leaves them out, which also keeps an editor's swap
/// files (`.a.md.swp`) from rebuilding the site on every keystroke.
enum WatchedPaths {
    static let folders = SiteConfig.folders
    static let files = [SiteConfig.path]

    /// Whether a change at `path` (relative to the site root) can change the build.
    static func matters(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let first = parts.first else { return false }
        guard folders.contains(String(first)) || (parts.count == 1 && files.contains(String(first))) else { return false }
        return !parts.contains { $0.hasPrefix(".") }
    }
}
