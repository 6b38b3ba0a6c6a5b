/// Writes the links between output files so that the site works from any host, any
/// sub-folder and the disk.
///
/// Every internal link is relative. Without `base_url` links name `index.html`
/// explicitly, because a browser opening files from the disk does not look for it in a
/// folder; with `base_url` they end in `/`, and absolute URLs (canonical links, feeds,
/// sitemap) are made under it.
public struct LinkBuilder: Sendable {
    public var baseURL: String?

    public init(baseURL: String?) {
        self.baseURL = baseURL
    }

    /// The relative URL from the page at `page` (an output path) to the output path `target`.
    public func link(from page: String, to target: String) -> String {
        var target = target
        if baseURL != nil, target == "index.html" || target.hasSuffix("/index.html") {
            target.removeLast("index.html".count)
        }
        // On bytes: every page links to dozens of others, so this runs millions of times in a large site.
        let from = Array(page.utf8), to = Array(target.utf8)
        let slash = UInt8(ascii: "/")
        let folderEnd = (from.lastIndex(of: slash) ?? -1) + 1
        var index = 0, shared = 0
        while index < folderEnd, index < to.count, from[index] == to[index] {
            if from[index] == slash { shared = index + 1 }
            index += 1
        }
        let up = from[shared..<folderEnd].count { $0 == slash }
        var result = String(repeating: "../", count: up)
        result += String(decoding: to[shared...], as: UTF8.self)
        return result.isEmpty ? "./" : result
    }

    /// The prefix that leads from `page` to the root of the output.
    public func root(from page: String) -> String {
        let depth = page.split(separator: "/").count - 1
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// The absolute URL of an output path under `base_url`, or nil without one.
    public func absolute(_ target: String) -> String? {
        guard let baseURL else { return nil }
        var target = target
        if target == "index.html" || target.hasSuffix("/index.html") { target.removeLast("index.html".count) }
        return baseURL + target
    }
}
