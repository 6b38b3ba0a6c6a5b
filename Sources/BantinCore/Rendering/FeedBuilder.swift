/// Makes the Atom feeds of the site and of each locality with the same rules for URLs and ids.
struct FeedBuilder {
    let site: SiteModel
    let links: LinkBuilder

    /// Without base_url the feed's links are relative to the feed itself, as Atom allows.
    func feed(title: String, path: String, page: String, articles: [Article]) -> AtomFeed {
        AtomFeed(
            title: title,
            selfURL: links.absolute(path) ?? links.link(from: path, to: path),
            pageURL: links.absolute(page) ?? links.link(from: path, to: page),
            id: links.absolute(path) ?? "urn:bantin:\(path)",
            updated: articles.map(\.updated).max { $0.epochSeconds < $1.epochSeconds }?.iso8601,
            entries: articles.map { article in
                let target = OutputPaths.article(article.slug)
                return AtomFeed.Entry(
                    title: article.title,
                    url: links.absolute(target) ?? links.link(from: path, to: target),
                    id: links.absolute(target) ?? "urn:bantin:\(OutputPaths.articleFolder(article.slug))",
                    // The date of the newest correction, so that readers see the entry changed.
                    updated: article.updated.iso8601,
                    summary: article.summary
                )
            }
        )
    }
}
