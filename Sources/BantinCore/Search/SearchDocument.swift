/// What search knows of one article: what a result shows, and the text that finds it.
public struct SearchDocument: Sendable, Equatable {
    public var title: String
    /// From the site root.
    public var url: String
    public var date: String
    public var place: String
    /// The names of its places with their parents, its tags, the labels of its figures and its summary.
    public var about: String
    /// The body as plain text, without markup or fact blocks.
    public var body: String
    /// The summary, which a result shows before the body when the body does not begin with it.
    public var summary: String

    public init(title: String, url: String, date: String, place: String, about: String, body: String, summary: String = "") {
        self.title = title
        self.url = url
        self.date = date
        self.place = place
        self.about = about
        self.body = body
        self.summary = summary
    }

    /// What a result shows: the summary, then the start of the body, cut after a word near
    /// `length` characters. (The whole body would make the files of results too large to load.)
    public func excerpt(length: Int = SearchIndex.excerptLength) -> String {
        let words = { (text: Substring) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let lead = words(summary[...])
        // The body's start is enough, cut at a space, when it holds more than the summary and
        // `length` characters: a body can be megabytes long, and this runs for every article.
        var start: String?
        let limit = summary.utf8.count + 8 * length + 64
        if body.utf8.count > limit, let cut = body.utf8.prefix(limit).lastIndex(where: { $0 == 0x20 || $0 == 0x0A }) {
            let part = words(body[..<cut])
            if part.count > lead.count + length + 1 { start = part }
        }
        let text = Self.lead(lead, start ?? words(body[...]))
        guard text.count > length else { return text }
        var end = text.index(text.startIndex, offsetBy: length)
        while end > text.startIndex, !text[end].isWhitespace { end = text.index(before: end) }
        if end == text.startIndex { end = text.index(text.startIndex, offsetBy: length) }
        return String(text[..<end]) + " …"
    }

    private static func lead(_ lead: String, _ start: String) -> String {
        lead.isEmpty || start.hasPrefix(lead) ? start : lead + " " + start
    }
}
