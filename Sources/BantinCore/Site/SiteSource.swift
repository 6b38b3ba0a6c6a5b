import Foundation

/// Where a site's files come from: the disk for the command-line tool, a dictionary in tests.
///
/// Paths are relative to the site root and use `/`.
public protocol SiteSource: Sendable {
    /// Every file under `prefix` (such as `content/`), sorted; `prefix` empty means all.
    func paths(under prefix: String) -> [String]
    /// The bytes of a file, nil if it does not exist or cannot be read.
    func contents(of path: String) -> Data?
}

extension SiteSource {
    public func exists(_ path: String) -> Bool { contents(of: path) != nil }
}
