/// The text of rendered HTML as a reader sees it, for the search index: tags out, entities read.
enum HTMLText {
    /// `html` without its tags (each a space) and comments (where the placeholders of fact
    /// blocks are), and with the entities cmark writes read back.
    static func plain(_ html: String) -> String {
        var text = ""
        text.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            text += " "
            let tail = rest[open...]
            let close: String = tail.hasPrefix("<!--") ? "-->" : ">"
            guard let end = tail.range(of: close) else { rest = ""; break }
            rest = tail[end.upperBound...]
        }
        text += rest
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
