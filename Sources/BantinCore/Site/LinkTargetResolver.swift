import Foundation

/// Resolves the links of one page to the output paths they lead to, on UTF-8 bytes.
///
/// A large site's pages hold millions of links, nearly all plain relative paths such as
/// "../../css/style.css": those are resolved against the page's folder without splitting
/// or joining strings. A link whose path has a non-ASCII byte, a '%' or a '&' (where
/// characters, escapes and entities matter) takes the rule as written, `writtenTarget`.
struct LinkTargetResolver {
    let page: String
    /// The page's folder, normalized; nil when it climbs above the root.
    private let folder: [UInt8]?
    /// A page path with non-ASCII bytes resolves every link by the written rule.
    private let isASCII: Bool
    private var buffer: [UInt8] = []

    init(page: String) {
        self.page = page
        let bytes = Array(page.utf8)
        isASCII = !bytes.contains { $0 >= 0x80 }
        let folderEnd = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        var folder: [UInt8] = []
        let inside = bytes[..<folderEnd].withUnsafeBytes { PathNormalizer.append($0, to: &folder) }
        self.folder = inside ? folder : nil
    }

    /// The output path `link` (an attribute value as written) leads to, or nil for links to other sites and fragments.
    mutating func target(of link: UnsafeRawBufferPointer) -> String? {
        guard isASCII, !link.contains(where: { $0 >= 0x80 }) else {
            return Self.writtenTarget(of: String(decoding: link, as: UTF8.self), from: page)
        }
        let slash = UInt8(ascii: "/")
        guard let first = link.first, first != UInt8(ascii: "#") else { return nil }
        if first == slash, link.count > 1, link[1] == slash { return nil }
        // A colon before any '/' ends a scheme: https:, mailto:, javascript:.
        for byte in link {
            if byte == UInt8(ascii: ":") { return nil }
            if byte == slash { break }
        }
        let path = UnsafeRawBufferPointer(rebasing: link[..<(link.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? link.endIndex)])
        if path.contains(UInt8(ascii: "%")) || path.contains(UInt8(ascii: "&")) {
            return Self.writtenTarget(of: String(decoding: link, as: UTF8.self), from: page)
        }
        guard let last = path.last else { return nil }
        // A folder is its index.html, as the disk has it.
        let index = last == slash || (path.count == 1 && last == UInt8(ascii: "."))
        buffer.removeAll(keepingCapacity: true)
        var inside = true
        if path[0] != slash {
            if let folder { buffer += folder } else { inside = false }
        }
        inside = inside && PathNormalizer.append(path, to: &buffer)
        if inside {
            if index {
                if !buffer.isEmpty { buffer.append(slash) }
                buffer += "index.html".utf8
            }
            return String(decoding: buffer, as: UTF8.self)
        }
        return "../" + String(decoding: path, as: UTF8.self) + (index ? (last == slash ? "index.html" : "/index.html") : "")
    }

    /// The rule as written, on characters: `&amp;` decoded, query and fragment dropped,
    /// percent escapes decoded, a folder taken as its index.html, `.` and `..` resolved.
    static func writtenTarget(of link: String, from page: String) -> String? {
        var link = link.contains("&amp;") ? link.replacingOccurrences(of: "&amp;", with: "&") : link
        if link.isEmpty || link.hasPrefix("#") || link.hasPrefix("//") { return nil }
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return nil }
        if let mark = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<mark]) }
        if link.contains("%") { link = link.removingPercentEncoding ?? link }
        if link.isEmpty { return nil }
        if link.hasSuffix("/") || link == "." || link == "./" { link += link.hasSuffix("/") ? "index.html" : "/index.html" }
        let base = link.hasPrefix("/") ? "" : PathNormalizer.folder(of: page)
        return PathNormalizer.normalize(base + link) ?? "../" + link
    }
}
