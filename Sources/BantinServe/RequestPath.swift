import Foundation

/// A request's path turned into a key of the build's file map, or nothing.
///
/// Files are served from memory, so a request can only ever name a file the build made;
/// still, anything that looks like an attempt to leave the site is refused here rather than
/// looked up: a `.` or `..` segment, written plainly or percent-encoded, an encoded `/`,
/// a backslash, a NUL, or broken percent-encoding. Browsers resolve dot segments before
/// sending, so only hand-made requests carry them.
struct RequestPath: Equatable, Sendable {
    /// Decoded segments, none empty: `//` is read as `/`, as most static servers do.
    var segments: [String]
    /// The path ended in `/` (or was `/`): it names a folder, served by its `index.html`.
    var isFolder: Bool

    init(segments: [String], isFolder: Bool) {
        self.segments = segments
        self.isFolder = isFolder
    }

    init?(_ raw: String) {
        guard raw.hasPrefix("/") else { return nil }
        var segments: [String] = []
        let parts = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for part in parts where !part.isEmpty {
            guard let decoded = String(part).removingPercentEncoding,
                  decoded != ".", decoded != "..",
                  !decoded.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" })
            else { return nil }
            segments.append(decoded)
        }
        self.segments = segments
        isFolder = segments.isEmpty || raw.hasSuffix("/")
    }

    /// The key of the file this path names: `a/b/index.html` for the folder `a/b/`, else `a/b`.
    var fileKey: String {
        let joined = segments.joined(separator: "/")
        guard isFolder else { return joined }
        return joined.isEmpty ? "index.html" : joined + "/index.html"
    }

    /// The key of the `index.html` in the folder a file path would be, for the `/a/b` → `/a/b/` redirect.
    var folderIndexKey: String? {
        isFolder || segments.isEmpty ? nil : segments.joined(separator: "/") + "/index.html"
    }

    /// The path of the same folder with a trailing `/`, percent-encoded again.
    ///
    /// Rebuilt from the segments rather than the request, so it always starts with a single
    /// `/` and can never become `//host`, a link to another site.
    var folderURLPath: String {
        "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? $0 }
            .joined(separator: "/") + "/"
    }

    private static let segmentCharacters: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove("/")
        allowed.remove(";")
        return allowed
    }()
}
