import Foundation

/// A compact index of the articles for searching without a server.
///
/// Written as a script that sets a global, not as JSON to fetch, because browsers do not
/// let a page opened from the disk fetch files. Text is folded (lower case, no
/// diacritics, đ → d) both here and in the browser, so "lam ha" finds "Lâm Hà".
public struct SearchIndex: Sendable {
    public struct Entry: Sendable, Equatable {
        public var title: String
        /// From the site root.
        public var url: String
        public var date: String
        public var place: String
        /// Folded title, places, tags and summary.
        public var text: String
    }

    public var entries: [Entry]

    public init(site: SiteModel, url: @Sendable (Article) -> String) {
        entries = Parallel.map(site.articles) { article in
            let places = ([article.locality] + article.localities).flatMap { site.gazetteer.lineage(of: $0) }
            let names = places.map { site.gazetteer[$0].title }
            let text = ([article.title] + names + article.tags + [article.summary]).joined(separator: " ")
            return Entry(title: article.title, url: url(article), date: article.date.vietnamese,
                         place: site.gazetteer[article.locality].title, text: Self.fold(text))
        }
    }

    /// Lower case, diacritics removed, đ → d, every other character that is not a letter or digit a space.
    public static func fold(_ text: String) -> String {
        VietnameseSlug.make(text, separator: " ")
    }

    /// The entries whose text holds every word of the query, as the browser script finds them.
    public func search(_ query: String) -> [Entry] {
        let words = Self.fold(query).split(separator: " ")
        guard !words.isEmpty else { return [] }
        return entries.filter { entry in
            let padded = " " + entry.text + " "
            return words.allSatisfy { padded.contains(" " + $0) }
        }
    }

    /// `window.BANTIN_SEARCH = [[title, url, date, place, text], …];`, as bytes: at a hundred
    /// thousand articles it is over 100 MB. Each row is written as JSONEncoder writes it, with
    /// every "</" written "<\/" so that no text can close the script element.
    public var javascriptData: Data {
        var data = Data("window.BANTIN_SEARCH = [".utf8)
        Parallel.append(entries, separatedBy: [UInt8(ascii: ",")], to: &data, Self.javascriptRow)
        data.append(contentsOf: Array("];\n".utf8))
        return data
    }

    /// One entry as a JSON array of its five strings.
    static func javascriptRow(_ entry: Entry) -> [UInt8] {
        var json = JSONBytes(capacity: 64 + entry.title.utf8.count + entry.url.utf8.count + entry.place.utf8.count + entry.text.utf8.count)
        json.raw("[")
        for (place, field) in [entry.title, entry.url, entry.date, entry.place, entry.text].enumerated() {
            if place > 0 { json.raw(",") }
            json.string(field, closingTags: true)
        }
        json.raw("]")
        return json.bytes
    }
}
