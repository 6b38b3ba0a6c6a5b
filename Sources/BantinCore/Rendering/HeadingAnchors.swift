/// Gives the headings of an article's body an id and a link to themselves, so a reader can
/// share or bookmark one section.
///
/// cmark writes headings as a bare `<h2>…</h2>`, one per line; only those are touched. Ids
/// are the heading's slug, numbered when two headings read alike ("ket-qua", "ket-qua-2"),
/// and never one already used by the page (`taken`).
enum HeadingAnchors {
    static func add(to html: String, linkText: String, taken: Set<String> = []) -> String {
        var used = taken
        var output = ""
        output.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<h") {
            let after = rest[open.upperBound...]
            guard let level = after.first, ("2"..."6").contains(level),
                  after.dropFirst().first == ">",
                  let close = after.firstRange(of: "</h\(level)>")
            else {
                output += rest[..<open.upperBound]
                rest = after
                continue
            }
            let inner = after[after.index(after.startIndex, offsetBy: 2)..<close.lowerBound]
            var id = VietnameseSlug.make(Self.text(of: inner))
            if id.isEmpty { id = "muc" }
            var candidate = id
            var number = 2
            while used.contains(candidate) {
                candidate = "\(id)-\(number)"
                number += 1
            }
            used.insert(candidate)
            output += rest[..<open.lowerBound]
            output += "<h\(level) id=\"\(candidate)\">\(inner) <a class=\"heading-anchor\" href=\"#\(candidate)\">"
            output += "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">\(XMLEscaping.escape(linkText))</span></a></h\(level)>"
            rest = after[close.upperBound...]
        }
        output += rest
        return output
    }

    /// The heading's text without its markup; entities are left as written, which slugs ignore.
    private static func text(of html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }
}
