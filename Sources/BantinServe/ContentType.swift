/// The `Content-Type` of a built file, from its extension.
///
/// Text types say `charset=utf-8` because every text file the builder makes is UTF-8 and
/// Vietnamese is unreadable when a browser guesses Windows-1252 instead.
enum ContentType {
    static let html = "text/html; charset=utf-8"
    static let eventStream = "text/event-stream; charset=utf-8"
    static let plainText = "text/plain; charset=utf-8"
    static let fallback = "application/octet-stream"

    static let byExtension: [String: String] = [
        "html": html,
        "htm": html,
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "webmanifest": "application/manifest+json; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "txt": plainText,
        "md": "text/markdown; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "woff": "font/woff",
        "woff2": "font/woff2",
    ]

    /// The type for `path` (a key of the build's file map); unknown extensions are plain bytes.
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    static func isHTML(_ type: String) -> Bool {
        type.hasPrefix("text/html")
    }
}
