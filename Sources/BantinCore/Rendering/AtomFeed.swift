/// An Atom feed of articles, so a reader can follow the whole site or one commune.
struct AtomFeed {
    struct Entry {
        var title: String
        var url: String
        var id: String
        var updated: String
        var summary: String
    }

    var title: String
    /// The feed's own address and the page it belongs to (absolute with base_url, else relative to the feed).
    var selfURL: String
    var pageURL: String
    var id: String
    /// When the feed last changed: its newest entry's date of change (a correction may make an older one the newest).
    var updated: String?
    var entries: [Entry]

    var xml: String {
        let e = XMLEscaping.escape
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
        <title>\(e(title))</title>
        <id>\(e(id))</id>
        <link rel="self" href="\(e(selfURL))"/>
        <link rel="alternate" type="text/html" href="\(e(pageURL))"/>
        <updated>\(e(updated ?? entries.first?.updated ?? "1970-01-01T00:00:00Z"))</updated>

        """
        for entry in entries {
            out += """
            <entry>
            <title>\(e(entry.title))</title>
            <link rel="alternate" type="text/html" href="\(e(entry.url))"/>
            <id>\(e(entry.id))</id>
            <updated>\(e(entry.updated))</updated>
            <summary>\(e(entry.summary))</summary>
            </entry>

            """
        }
        return out + "</feed>\n"
    }
}
