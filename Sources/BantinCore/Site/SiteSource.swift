import Foundation

/// Where a site's files come from: the disk for the command-line tool, a dictionary in tests.
///
/// Paths are relative to the site root and use `/`.
public protocol SiteSource: Sendable {
    /// Every file under `prefix` (such as `content/`), sorted; `prefix` empty means all.
    func paths(under prefix: String) -> [String]
    /// The bytes of a file, nil if it does not exist or cannot be read.
    func contents(of path: String) -> Data?
    /// The bytes of several files, in order. A disk reads many at once: a core that waits for
    /// one file at a time sits idle while the files are not in memory yet.
    func contents(of paths: [String]) -> [Data?]
}

extension SiteSource {
    public func contents(of paths: [String]) -> [Data?] {
        paths.map { contents(of: $0) }
    }

    public func exists(_ path: String) -> Bool { contents(of: path) != nil }

    /// Changes whenever the file's contents change: a hash of them, unless the source knows a cheaper sign.
    public func fingerprint(of path: String) -> String? {
        contents(of: path).map { StableHash.of($0) }
    }
}

/// A source that can tell whether a file changed without reading it, as a disk can from its size and time.
public protocol FingerprintingSiteSource: SiteSource {
    func quickFingerprint(of path: String) -> String?
    /// The quick fingerprints of several files, in order, asked of the disk all at once.
    func quickFingerprints(of paths: [String]) -> [String?]
}

extension FingerprintingSiteSource {
    public func quickFingerprints(of paths: [String]) -> [String?] {
        paths.map { quickFingerprint(of: $0) }
    }
}
