/// A hash of everything each list, locality, statistics and data page is made from.
///
/// Kept in the build cache by part of the site (see `OutputUnit`): after an edit, the parts
/// whose signature changed are rendered again and no others. What a list shows of an article is
/// its `listHash`, so a signature hashes the hashes of the articles a page lists, and the figures
/// it shows with the hashes of the articles they come from; the settings, gazetteer, schema and theme are the same (else
/// the build is a full one), and so is which localities have a page (checked apart).
struct PageSignatures {
    let site: SiteModel
    let index: SiteIndex
    /// `listHash` of each article, by position.
    let items: [String]

    /// The signature of every part of the site but articles, search and sitemap.
    func all() -> [String: String] {
        var result: [String: String] = [:]
        let perPage = site.config.perPage
        func list(_ kind: String, _ articles: [Int], page: Int, pages: Int, _ extra: [String] = []) -> String {
            var hash = StableHash()
            hash.combine(kind)
            hash.combine(String(page))
            hash.combine(String(pages))
            hash.combine(String(articles.count))
            for text in extra { hash.combine(text) }
            for position in articles.dropFirst((page - 1) * perPage).prefix(perPage) {
                hash.combine(items[position])
                // The item links to its place when the place has a page.
                hash.combine(hasPage(site.articles[position].locality))
            }
            return hash.hex
        }
        // Home: the newest articles, and on page 1 the counts and the provinces.
        let all = Array(site.articles.indices)
        let homePages = site.config.pageCount(all.count)
        for page in 1...homePages {
            var extra: [String] = []
            if page == 1 {
                extra = [String(index.localitiesWithPages.count), String(index.facts.count)]
                    + site.gazetteer.roots.map { "\($0):\(index.articlesByLocality[$0]?.count ?? -1)\(hasPage($0))" }
            }
            result["home/\(page)"] = list("home", all, page: page, pages: homePages, extra)
        }
        // Tags.
        var tags = StableHash()
        for (slug, tag) in index.articlesByTag.sorted(by: { $0.key < $1.key }) {
            tags.combine(slug)
            tags.combine(tag.name)
            tags.combine(String(tag.articles.count))
            let pages = site.config.pageCount(tag.articles.count)
            for page in 1...pages {
                result["tag/\(slug)/\(page)"] = list("tag\u{1}" + tag.name, tag.articles, page: page, pages: pages)
            }
        }
        result["tags"] = tags.hex
        // Localities: each page shows the news and figures of its unit, of the units of the same
        // path and of the units it was formed from, and counts and compares those of their children.
        let units = Array(index.localitiesWithPages)
        let digests = Dictionary(uniqueKeysWithValues: zip(units, Parallel.map(units) { unit in digest(of: unit) }))
        var byPath: [String: [Int]] = [:]
        for unit in units { byPath[site.gazetteer[unit].path, default: []].append(unit) }
        for (path, same) in byPath {
            guard let unit = same.max(by: { site.gazetteer[$0].era < site.gazetteer[$1].era }) else { continue }
            var shown = same + site.gazetteer[unit].predecessors.map(\.unit)
            shown += shown.flatMap { site.gazetteer[$0].children }
            var hash = StableHash()
            hash.combine("locality")
            for other in shown.uniqued().sorted() {
                hash.combine(String(other))
                hash.combine(digests[other] ?? digest(of: other))
            }
            // Which of the units it names have a page: above, beside, before and after 01/07/2025.
            var named = shown.flatMap { site.gazetteer.lineage(of: $0) + site.gazetteer.units(atPath: site.gazetteer[$0].path) }
            for unit in same {
                let after = site.gazetteer[unit].successors.map(\.unit) + site.gazetteer.successors(of: unit).map(\.unit)
                named += after.flatMap { site.gazetteer.lineage(of: $0) }
            }
            for unit in named.uniqued().sorted() { hash.combine("\(unit)\(hasPage(unit))") }
            result["locality/" + path] = hash.hex
        }
        var provinces = StableHash()
        for root in site.gazetteer.roots where index.localitiesWithPages.contains(root) {
            provinces.combine(String(root))
            provinces.combine(digests[root] ?? "")
        }
        result["localities"] = provinces.hex
        // Statistics and open data: the figures of each metric, and the articles they come from.
        var statistics = StableHash()
        for metric in site.schema.metrics where index.hasFacts(forMetric: metric.id) {
            var hash = StableHash()
            for item in index.facts(forMetric: metric.id) { combine(item, into: &hash) }
            let folder = OutputPaths.metric(metric.id).dropFirst(OutputPaths.statisticsFolder.count).dropLast("/index.html".count)
            result["metric/" + folder] = hash.hex
            statistics.combine(metric.id)
            statistics.combine(hash.hex)
        }
        result["statistics"] = statistics.hex
        var data = StableHash()
        for item in index.facts { combine(item, into: &data) }
        result["data"] = data.hex
        var feed = StableHash()
        for position in all.prefix(20) { feed.combine(items[position]) }
        result["feed"] = feed.hex
        return result
    }

    /// The sitemap lists every page (not the embed pages).
    static func sitemap(_ paths: some Sequence<String>) -> String {
        var hash = StableHash()
        for path in paths.filter({ $0.hasSuffix("index.html") && !$0.hasPrefix(OutputPaths.embeds) }).sorted() { hash.combine(path) }
        return hash.hex
    }

    /// The news and figures of one unit.
    private func digest(of unit: Int) -> String {
        var hash = StableHash()
        let articles = index.articlesByLocality[unit] ?? []
        hash.combine(String(articles.count))
        for position in articles { hash.combine(items[position]) }
        hash.combine("facts")
        for item in index.facts(of: unit) { combine(item, into: &hash) }
        return hash.hex
    }

    /// A figure, and the article it comes from (charts name it as their source).
    private func combine(_ item: SiteIndex.IndexedFact, into hash: inout StableHash) {
        Article.combine(item.fact, into: &hash)
        hash.combine(items[item.article])
        hash.combine(hasPage(item.fact.locality))
    }

    private func hasPage(_ unit: Int) -> String {
        index.localitiesWithPages.contains(unit) ? "+" : "-"
    }
}
