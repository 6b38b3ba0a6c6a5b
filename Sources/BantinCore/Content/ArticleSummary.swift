/// The summary an article without `summary:` gets from its first paragraph: its first
/// sentences, as many as fit in `limit` characters, or, when the first sentence is longer, its
/// words that fit, then "…".
///
/// The summary is written in the page's description (four times, for search engines and
/// social sites), in every list that shows the article and in the feeds: a whole first
/// paragraph of a thousand bytes there was a fifth of a large site's output.
public enum ArticleSummary {
    /// Characters a summary keeps at most: about what search engines show of a description.
    public static let limit = 200

    public static func from(firstParagraph text: String) -> String {
        // Only the start is looked at: a first paragraph can be megabytes long.
        let characters = Array(text.prefix(limit + 1))
        guard characters.count > limit else { return text }
        // The last end of a sentence (". ", "! ", "? ") within the limit.
        var end: Int?
        for index in 1..<limit where characters[index] == " " && [".", "!", "?", "…"].contains(characters[index - 1]) {
            end = index
        }
        if let end { return String(characters[..<end]) }
        // A first sentence too long: its words within the limit.
        var cut = limit - 1
        while cut > 0, characters[cut] != " " { cut -= 1 }
        let words = cut > 0 ? characters[..<cut] : characters[..<(limit - 1)]
        let trimmed = words.reversed().drop { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }.reversed()
        return String(trimmed) + "…"
    }
}
