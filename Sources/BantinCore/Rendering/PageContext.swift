/// The values every page's template can use: the site, the UI strings, the way back to the root.
struct PageContext {
    let site: SiteModel
    let theme: Theme
    let links: LinkBuilder
    let index: SiteIndex

    /// The common part of a page's context; `path` is the page's output path.
    func base(path: String, title: String?, description: String? = nil) -> [String: Any] {
        var context: [String: Any] = [
            "site": [
                "title": site.config.title,
                "description": site.config.description ?? "",
                "language": site.config.language,
            ] as [String: Any],
            "t": theme.strings.all,
            "root": links.root(from: path),
            "home_url": links.link(from: path, to: OutputPaths.home()),
            "page_title": title ?? site.config.title,
            "is_home": title == nil,
            "description": description ?? site.config.description ?? site.config.title,
            "localities_url": links.link(from: path, to: OutputPaths.localities),
            "data_csv_url": links.link(from: path, to: OutputPaths.factsCSV),
            "data_json_url": links.link(from: path, to: OutputPaths.factsJSON),
            "feed_url": links.link(from: path, to: OutputPaths.feed),
            "site_feed_url": links.link(from: path, to: OutputPaths.feed),
            "og_type": "website",
            "search_url": links.link(from: path, to: OutputPaths.search),
            "tags_url": links.link(from: path, to: OutputPaths.tags),
            "statistics_url": links.link(from: path, to: OutputPaths.statistics),
            "menu": site.pages.filter(\.menu).map { page -> [String: Any] in
                ["title": page.title, "url": links.link(from: path, to: OutputPaths.page(page.slug))]
            },
        ]
        if let canonical = links.absolute(path) { context["canonical"] = canonical }
        // Printed at the foot of a paper copy: the full address with base_url, else the page's
        // place in the site.
        let place = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
        context["page_address"] = links.absolute(path) ?? "/" + place
        return context
    }

    /// A locality for templates: its title with kind, and its page link when it has a page.
    func locality(_ unit: Int, from path: String) -> [String: Any] {
        let locality = site.gazetteer[unit]
        var item: [String: Any] = [
            "name": locality.name,
            "title": locality.title,
            "path": locality.path,
        ]
        if let url = localityURL(unit, from: path) { item["url"] = url }
        return item
    }

    /// The link from `path` to the unit's page; nil for a unit without one (no articles or
    /// figures of its own or below it), which is then named without a link.
    func localityURL(_ unit: Int, from path: String) -> String? {
        index.localitiesWithPages.contains(unit) ? links.link(from: path, to: OutputPaths.locality(site.gazetteer[unit].path)) : nil
    }

    /// Province → … → the unit itself.
    func breadcrumb(_ index: Int, from path: String) -> [[String: Any]] {
        site.gazetteer.lineage(of: index).map { locality($0, from: path) }
    }

    private static let publishedKey: [ArticleDate.Precision: UIStrings.Key] = [
        .day: .published, .month: .publishedMonth, .year: .publishedYear,
    ]

    /// An article as an item of a list.
    func articleItem(_ article: Article, from path: String) -> [String: Any] {
        [
            "title": article.title,
            "url": links.link(from: path, to: OutputPaths.article(article.slug)),
            "date": article.date.vietnamese,
            // "Đăng ngày 26/05/2023", but "Đăng tháng 01/2025" when only the month is known.
            "published_label": theme.strings[Self.publishedKey[article.date.precision] ?? .published],
            "datetime": article.date.datetime,
            "summary": article.summary,
            "locality": locality(article.locality, from: path),
        ]
    }

    /// Links to the previous and next pages of a paginated list.
    func pagination(page: Int, pages: Int, path: String, pagePath: (Int) -> String) -> [String: Any]? {
        guard pages > 1 else { return nil }
        var result: [String: Any] = ["current": page, "total": pages]
        if page > 1 { result["prev_url"] = links.link(from: path, to: pagePath(page - 1)) }
        if page < pages { result["next_url"] = links.link(from: path, to: pagePath(page + 1)) }
        return result
    }
}
