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
        .error(.brokenLink, "the page \(page) links to '\(link)', which the build does not make", at: nil,
               hint: "the link comes from a template of the theme or of templates/; fix the template that writes it")
    }

    /// For each page, the output paths its relative links lead to, with the link as written.
    ///
    /// Every page of a large site is scanned here, so links are found and resolved on bytes;
    /// a link's text is made only for the first link to each target.
    @Sendable static func targets(_ pages: [OutputFile]) -> [(page: String, targets: [(String, String)])] {
        pages.map { page in
            var resolver = LinkTargetResolver(page: page.path)
            var found: [String: String] = [:]
            forEachLink(in: page.contents) { link in
                guard let target = resolver.target(of: link), found[target] == nil else { return }
                found[target] = String(decoding: link, as: UTF8.self)
            }
            return (page.path, found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    /// The output path a relative link leads to, or nil for links to other sites and fragments.
    static func target(of link: String, from page: String) -> String? {
        var resolver = LinkTargetResolver(page: page)
        return Array(link.utf8).withUnsafeBytes { resolver.target(of: $0) }
    }

    /// The values of `href="…"` and `src="…"` attributes.
    static func links(in data: Data) -> [String] {
        var result: [String] = []
        forEachLink(in: data) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Calls `body` with the bytes of each `href="…"` and `src="…"` value, in order.
    ///
    /// Only a space before the name and a double quote after `=` make one: that is how Bantin's
    /// templates and cmark write them. The scan jumps from `=` to `=` with `memchr`.
    static func forEachLink(in data: Data, _ body: (UnsafeRawBufferPointer) -> Void) {
        let quote = UInt8(ascii: "\"")
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            func follows(_ name: StaticString, before end: Int) -> Bool {
                let count = name.utf8CodeUnitCount
                guard end >= count else { return false }
                return (0..<count).allSatisfy { bytes[end - count + $0] == name.utf8Start[$0] }
            }
            var index = 0
            while index < bytes.count, let found = memchr(base + index, Int32(UInt8(ascii: "=")), bytes.count - index) {
                let equals = base.distance(to: UnsafeRawPointer(found))
                index = equals + 1
                guard index < bytes.count, bytes[index] == quote, follows(" href", before: equals) || follows(" src", before: equals) else { continue }
                let start = index + 1
                var end = bytes.count
                if start < bytes.count, let close = memchr(base + start, Int32(quote), bytes.count - start) {
                    end = base.distance(to: UnsafeRawPointer(close))
                }
                body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                index = end + 1
            }
        }
    }
}
