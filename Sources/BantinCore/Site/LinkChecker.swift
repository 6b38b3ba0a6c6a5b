import Foundation

/// Checks every internal link of the built site: each relative `href` and `src` of each
/// HTML page must name a file the build makes.
///
/// Links written in Markdown are checked earlier, at their line; this pass catches what
/// templates make, so a theme cannot ship a page that leads nowhere.
enum LinkChecker {
    /// Checks the pages among `files`; links may lead to `known` paths (all of `files` when nil).
    static func check(_ files: [OutputFile], known: Set<String>? = nil) -> [Diagnostic] {
        let paths = known ?? Set(files.map(\.path))
        let pages = files.filter { $0.path.hasSuffix(".html") }
        let chunks = stride(from: 0, to: pages.count, by: 256).map { Array(pages[$0..<min(pages.count, $0 + 256)]) }
        var problems: [Diagnostic] = []
        for (page, found) in Parallel.map(chunks, targets).flatMap({ $0 }) {
            var reported = Set<String>()
            for (target, link) in found where !paths.contains(target) && reported.insert(link).inserted {
                problems.append(problem(page: page, link: link))
            }
        }
        return problems
    }

    static func problem(page: String, link: String) -> Diagnostic {
        .error("the page \(page) links to '\(link)', which the build does not make", at: nil,
               hint: "the link comes from a template of the theme or of templates/; fix the template that writes it")
    }

    /// For each page, the output paths its relative links lead to, with the link as written.
    ///
    /// Pages share most links (menus, footers, "../../css/style.css"); a link that climbs k folders
    /// means the same from every page whose folder has the same first components, so it is resolved once.
    @Sendable static func targets(_ pages: [OutputFile]) -> [(page: String, targets: [(String, String)])] {
        var known: [String: String?] = [:]
        return pages.map { page in
            let folder = page.path.split(separator: "/").dropLast()
            var found: [String: String] = [:]
            for link in links(in: page.contents) {
                var rest = Substring(link)
                var climbs = 0
                while rest.hasPrefix("../") {
                    rest = rest.dropFirst(3)
                    climbs += 1
                }
                let key = folder.dropLast(min(climbs, folder.count)).joined(separator: "/") + "|\(climbs > folder.count)|" + rest
                let target: String?
                if let cached = known[key] {
                    target = cached
                } else {
                    target = self.target(of: link, from: page.path)
                    known[key] = target
                }
                if let target, found[target] == nil { found[target] = link }
            }
            return (page.path, found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    /// The output path a relative link leads to, or nil for links to other sites and fragments.
    static func target(of link: String, from page: String) -> String? {
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
