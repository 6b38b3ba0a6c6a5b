import Foundation

/// Checks every internal link of the built site: each relative `href` and `src` of each
/// HTML page must name a file the build makes.
///
/// Links written in Markdown are checked earlier, at their line; this pass catches what
/// templates make, so a theme cannot ship a page that leads nowhere.
enum LinkChecker {
    static func check(_ files: [OutputFile]) -> [Diagnostic] {
        let paths = Set(files.map(\.path))
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let problems = Parallel.map(pages) { page -> [Diagnostic] in
            var found: [Diagnostic] = []
            var reported = Set<String>()
            for link in links(in: page.contents) {
                guard let target = target(of: link, from: page.path), !paths.contains(target), reported.insert(link).inserted else { continue }
                found.append(.error(
                    "the page \(page.path) links to '\(link)', which the build does not make", at: nil,
                    hint: "the link comes from a template of the theme or of templates/; fix the template that writes it"
                ))
            }
            return found
        }
        return problems.flatMap { $0 }
    }

    /// The output path a relative link leads to, or nil for links to other sites and fragments.
    static func target(of link: String, from page: String) -> String? {
        var link = link.replacingOccurrences(of: "&amp;", with: "&")
        if link.isEmpty || link.hasPrefix("#") || link.hasPrefix("//") { return nil }
        if let colon = link.firstIndex(of: ":"), !link[..<colon].contains("/") { return nil }
        if let mark = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<mark]) }
        link = link.removingPercentEncoding ?? link
        if link.isEmpty { return nil }
        if link.hasSuffix("/") || link == "." || link == "./" { link += link.hasSuffix("/") ? "index.html" : "/index.html" }
        let base = link.hasPrefix("/") ? "" : PathNormalizer.folder(of: page)
        return PathNormalizer.normalize(base + link) ?? "../" + link
    }

    /// The values of `href="…"` and `src="…"` attributes.
    static func links(in data: Data) -> [String] {
        var result: [String] = []
        let bytes = [UInt8](data)
        let patterns: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8)]
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: " ") {
                for pattern in patterns where index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    let start = index + pattern.count
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    result.append(String(decoding: bytes[start..<end], as: UTF8.self))
                    index = end
                    break
                }
            }
            index += 1
        }
        return result
    }
}
