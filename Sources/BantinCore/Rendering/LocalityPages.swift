/// The pages of the locality side: one per province, district and commune with news or
/// figures, an index of provinces, and a feed per locality.
struct LocalityPages {
    let site: SiteModel
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateLibrary

    private var links: LinkBuilder { context.links }
    private var strings: UIStrings { context.theme.strings }

    /// The pages of a unit. A path names one page: where a unit of each era has it (Lâm Đồng
    /// before and after 01/07/2025), the page is the two-level unit's, and the three-level
    /// one is the first part of its history, so that every earlier URL still shows its news.
    func render(_ unit: Int) -> [OutputFile] {
        let locality = site.gazetteer[unit]
        let samePath = site.gazetteer.units(atPath: locality.path).filter { index.localitiesWithPages.contains($0) }
        guard samePath.max(by: { site.gazetteer[$0].era < site.gazetteer[$1].era }) == unit else { return [] }
        let earlier = samePath.filter { $0 != unit }
        // The news of the place: the unit's and the earlier unit's of the same path, so that
        // every page of the earlier list still exists.
        let articleIndices = news(of: unit, with: earlier)
        let perPage = site.config.perPage
        let pages = site.config.pageCount(articleIndices.count)
        var files: [OutputFile] = []
        for page in 1...pages {
            let path = OutputPaths.locality(locality.path, page: page)
            let title = page == 1 ? locality.title : "\(locality.title) – \(strings[.page]) \(page)"
            var view = context.base(path: path, title: title, description: description(of: locality))
            var item = context.locality(unit, from: path)
            item["kind"] = locality.kind
            view["locality"] = item
            view["breadcrumb"] = site.gazetteer.lineage(of: unit).dropLast().map { context.locality($0, from: path) }
            view["feed_url"] = links.link(from: path, to: OutputPaths.localityFeed(locality.path))
            view["locality_feed_url"] = view["feed_url"]
            view["structured_data"] = structuredData(unit, path: path, title: title)
            let children = self.children(of: unit, from: path)
            if !children.isEmpty {
                view["children"] = children
                view["has_children"] = true
            }
            let slice = articleIndices.dropFirst((page - 1) * perPage).prefix(perPage)
            view["articles"] = slice.map { context.articleItem(site.articles[$0], from: path) }
            view["has_articles"] = !slice.isEmpty
            view["article_count"] = VietnameseNumberFormat.integer(articleIndices.count)
            if let pagination = context.pagination(page: page, pages: pages, path: path, pagePath: { OutputPaths.locality(locality.path, page: $0) }) {
                view["pagination"] = pagination
            }
            let history = self.history(of: unit, earlier: earlier)
            var chartFiles: [OutputFile] = []
            if page == 1 {
                let groups = figureGroups(of: unit, from: path)
                if !groups.isEmpty {
                    view["figure_groups"] = groups
                    view["has_figures"] = true
                }
                // One set of views for the page, so that no two of its charts share an anchor.
                let views = ChartViews(site: site, strings: strings, publishing: ChartPublishing(
                    page: path, pageTitle: title, context: context, templates: templates))
                let charts = self.charts(of: unit, from: path, views: views, heading: "h3")
                if !charts.isEmpty {
                    view["charts"] = charts
                    view["has_charts"] = true
                }
                let blocks = history.filter(hasContent).map {
                    historyBlock($0, samePath: earlier.contains($0.unit), from: path, views: views)
                }
                if !blocks.isEmpty {
                    view["history"] = ["date": Era.changeover.vietnamese, "units": blocks]
                }
                chartFiles = views.files
            }
            if locality.era == .threeLevel {
                view["ceased"] = ceased(unit, from: path)
            } else if !history.isEmpty {
                view["founded"] = [
                    "date": Era.changeover.vietnamese,
                    "predecessors": Self.marked(history.map { succession($0, from: path, anchorOnPage: page == 1 && hasContent($0)) }),
                ]
            }
            files.append(OutputFile(path: path, text: templates.render("locality", view)))
            files += chartFiles
        }
        files.append(feed(unit, with: earlier))
        return files
    }

    /// Articles about a unit and about earlier units of its path, newest first.
    private func news(of unit: Int, with earlier: [Int]) -> [Int] {
        var indices = index.articlesByLocality[unit] ?? []
        guard !earlier.isEmpty else { return indices }
        for old in earlier { indices += index.articlesByLocality[old] ?? [] }
        return indices.uniqued().sorted { a, b in
            let (x, y) = (site.articles[a].date.epochSeconds, site.articles[b].date.epochSeconds)
            return x != y ? x > y : a < b
        }
    }

    /// The units a two-level unit was formed from, and a three-level unit of the same path.
    private func history(of unit: Int, earlier: [Int]) -> [Succession] {
        var units = site.gazetteer[unit].predecessors
        for old in earlier where !units.contains(where: { $0.unit == old }) {
            units.insert(Succession(unit: old, partial: false), at: 0)
        }
        return units
    }

    private func hasContent(_ succession: Succession) -> Bool {
        index.articlesByLocality[succession.unit] != nil || index.factCount(of: succession.unit) > 0
    }

    /// What a page of a three-level unit says of 01/07/2025: the units it went into, or, for
    /// a district, the provinces its communes now belong to.
    private func ceased(_ unit: Int, from path: String) -> [String: Any] {
        let locality = site.gazetteer[unit]
        var ceased: [String: Any] = ["date": Era.lastThreeLevelDay.vietnamese, "from": Era.changeover.vietnamese]
        if !locality.successors.isEmpty {
            ceased["successors"] = Self.marked(locality.successors.map { succession($0, from: path, anchorOnPage: false) })
            ceased["has_successors"] = true
        } else {
            let provinces = site.gazetteer.successors(of: unit).map { site.gazetteer.province(of: $0.unit) }.uniqued()
            if !provinces.isEmpty {
                ceased["district"] = true
                ceased["successors"] = Self.marked(provinces.map { context.locality($0, from: path) })
                ceased["has_successors"] = true
            }
        }
        return ceased
    }

    /// A unit on the other side of 01/07/2025, linked to its page, or to its part of this
    /// page's history.
    private func succession(_ succession: Succession, from path: String, anchorOnPage: Bool) -> [String: Any] {
        var item = context.locality(succession.unit, from: path)
        if anchorOnPage {
            item["url"] = "#" + anchor(succession.unit)
        } else if item["url"] == nil, index.localitiesWithPages.contains(succession.unit) {
            item["url"] = links.link(from: path, to: OutputPaths.locality(site.gazetteer[succession.unit].path))
        }
        if succession.partial { item["partial"] = true }
        return item
    }

    /// Items of a list written inline, the first one marked so that commas go between them.
    private static func marked(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().map { position, item in
            var item = item
            item["first"] = position == 0
            return item
        }
    }

    private func anchor(_ unit: Int) -> String {
        "truoc-" + site.gazetteer[unit].path.replacingOccurrences(of: "/", with: "-")
    }

    /// One earlier unit's news, units below and figures, as they were: listed, never added to
    /// the new unit's (a unit only part of which went into it would make any sum wrong). The
    /// earlier unit of the same path keeps its charts here, and its news is in the page's list.
    private func historyBlock(_ succession: Succession, samePath: Bool, from path: String, views: ChartViews) -> [String: Any] {
        let unit = succession.unit
        var block = context.locality(unit, from: path)
        block["anchor"] = anchor(unit)
        if succession.partial { block["partial"] = true }
        // A link to the unit's own page, unless its path is this page.
        let ownPage = index.localitiesWithPages.contains(unit) && !site.gazetteer.units(atPath: site.gazetteer[unit].path).contains {
            $0 != unit && index.localitiesWithPages.contains($0) && site.gazetteer[$0].era > site.gazetteer[unit].era
        }
        block["url"] = ownPage ? links.link(from: path, to: OutputPaths.locality(site.gazetteer[unit].path)) : nil
        let articles = samePath ? [] : index.articlesByLocality[unit] ?? []
        block["articles"] = articles.prefix(site.config.perPage).map { context.articleItem(site.articles[$0], from: path) }
        block["has_articles"] = !articles.isEmpty
        block["article_count"] = VietnameseNumberFormat.integer(articles.count)
        let children = self.children(of: unit, from: path)
        if !children.isEmpty {
            block["children"] = children
            block["has_children"] = true
        }
        let groups = figureGroups(of: unit, from: path)
        if !groups.isEmpty { block["figure_groups"] = groups }
        if samePath {
            let charts = self.charts(of: unit, from: path, views: views, heading: "h4")
            if !charts.isEmpty { block["charts"] = charts }
        }
        return block
    }

    /// The index of provinces: one line a path, for the newest unit there that has a page.
    func provincesPage() -> OutputFile {
        let path = OutputPaths.localities
        var view = context.base(path: path, title: strings[.localities])
        var order: [String] = []
        var newest: [String: Int] = [:]
        for province in site.gazetteer.roots where index.localitiesWithPages.contains(province) {
            let key = site.gazetteer[province].path
            if newest[key] == nil { order.append(key) }
            newest[key] = province
        }
        view["provinces"] = order.map { key -> [String: Any] in
            let province = newest[key]!
            var item = context.locality(province, from: path)
            let earlier = site.gazetteer.units(atPath: key).filter { $0 != province && index.localitiesWithPages.contains($0) }
            item["article_count"] = VietnameseNumberFormat.integer(news(of: province, with: earlier).count)
            if let until = site.gazetteer[province].until { item["until"] = until.vietnamese }
            return item
        }
        return OutputFile(path: path, text: templates.render("localities", view))
    }

    private func description(of locality: Locality) -> String {
        var names = site.gazetteer.lineage(of: locality.index).reversed().map { site.gazetteer[$0].title }
        names[0] = locality.title
        return names.joined(separator: ", ")
    }

    private func children(of unit: Int, from path: String) -> [[String: Any]] {
        site.gazetteer[unit].children.compactMap { child in
            guard index.localitiesWithPages.contains(child) else { return nil }
            var item = context.locality(child, from: path)
            item["article_count"] = VietnameseNumberFormat.integer(index.articlesByLocality[child]?.count ?? 0)
            item["figure_count"] = VietnameseNumberFormat.integer(index.factCount(of: child))
            return item
        }
    }

    /// The unit's own figures, grouped by the schema's groups; within a metric the latest period first.
    private func figureGroups(of unit: Int, from path: String) -> [[String: Any]] {
        // Each fact's place in the schema is looked up once, not at every comparison of the sort.
        let all = index.facts(of: unit)
        let orders = all.map { site.schema.order(of: $0.fact.metric) }
        let facts = all.indices.sorted { a, b in
            if orders[a] != orders[b] { return orders[a] < orders[b] }
            if all[a].fact.period != all[b].fact.period { return all[a].fact.period > all[b].fact.period }
            return a < b
        }.map { all[$0] }
        var groups: [(name: String, rows: [[String: Any]], sources: [Int])] = []
        for item in facts {
            guard let metric = site.schema[item.fact.metric] else { continue }
            let name = metric.group ?? strings[.otherFigures]
            let position = groups.firstIndex(where: { $0.name == name }) ?? {
                groups.append((name, [], []))
                return groups.count - 1
            }()
            // Each article is named once under the table; a row points to it by number.
            let number = (groups[position].sources.firstIndex(of: item.article) ?? {
                groups[position].sources.append(item.article)
                return groups[position].sources.count - 1
            }()) + 1
            let article = site.articles[item.article]
            groups[position].rows.append([
                "label": metric.label,
                "value": FactFormatter.value(item.fact, metric: metric),
                "period": item.fact.period.display,
                "source_number": number,
                "article_title": article.title,
                "article_url": links.link(from: path, to: OutputPaths.article(article.slug)),
            ])
        }
        return groups.map { group -> [String: Any] in
            [
                "name": group.name,
                "rows": group.rows,
                "single_source": group.sources.count == 1,
                "sources": group.sources.enumerated().map { number, index -> [String: Any] in
                    let article = site.articles[index]
                    return [
                        "number": number + 1, "title": article.title, "date": article.date.vietnamese,
                        "url": links.link(from: path, to: OutputPaths.article(article.slug)),
                    ]
                },
            ]
        }
    }

    /// The page as a schema.org `WebPage` about the unit, inside the units above it.
    private func structuredData(_ unit: Int, path: String, title: String) -> String {
        var pairs: [(String, StructuredData.Value)] = [
            ("@context", .text("https://schema.org")),
            ("@type", .text("WebPage")),
            ("name", .text(title)),
            ("inLanguage", .text(site.config.language)),
        ]
        if let url = links.absolute(path) { pairs.append(("url", .text(url))) }
        let places = site.gazetteer.lineage(of: unit).reversed().map { site.gazetteer[$0].title }
        if let place = StructuredData.place(Array(places)) { pairs.append(("about", place)) }
        pairs.append(("publisher", StructuredData.publisher(name: site.config.title, url: links.absolute(OutputPaths.home()))))
        return StructuredData.json(.object(pairs))
    }

    /// Time series of each metric given for two or more periods, a comparison of the units
    /// below for the latest period at least two of them give each metric, then the ratios and
    /// breakdowns of the latest period.
    ///
    /// One comparison a metric, not one a period: a province's page with sixty metrics over ten
    /// years had six hundred charts (a megabyte) for a phone to load. Earlier periods are ranked
    /// on the statistics pages, and each unit's own page charts its figures over time.
    ///
    /// Each chart's title is a heading of `heading`'s level inside its figure, so that a link to
    /// the chart's anchor shows its title too.
    private func charts(of unit: Int, from path: String, views: ChartViews, heading: String) -> [[String: Any]] {
        var charts: [[String: Any]] = []
        let own = index.facts(of: unit).map(\.fact)
        let byMetric = Dictionary(grouping: own, by: \.metric)
        let metrics = site.schema.sorted(byMetric.keys)
        for id in metrics {
            guard let metric = site.schema[id], let facts = byMetric[id] else { continue }
            if let chart = views.timeSeries(facts, metric: metric, locality: unit) { charts.append(chart) }
        }
        var childFacts: [String: [Period: [Fact]]] = [:]
        for child in site.gazetteer[unit].children {
            for item in index.facts(of: child) {
                childFacts[item.fact.metric, default: [:]][item.fact.period, default: []].append(item.fact)
            }
        }
        for id in site.schema.sorted(childFacts.keys) {
            guard let metric = site.schema[id], let periods = childFacts[id],
                  let (period, facts) = periods.filter({ $0.value.count >= 2 }).max(by: { Self.earlier($0.key, $1.key) })
            else { continue }
            let title = "\(metric.label) (\(metric.unit)) – \(site.gazetteer[unit].title), \(period.display)"
            if let chart = views.comparison(facts, metric: metric, period: period, title: title, scope: views.place(unit), href: { child in
                index.localitiesWithPages.contains(child) ? links.link(from: path, to: OutputPaths.locality(site.gazetteer[child].path)) : nil
            }) {
                charts.append(chart)
            }
        }
        for id in metrics {
            guard let metric = site.schema[id], let latest = byMetric[id]?.max(by: { $0.period < $1.period }) else { continue }
            if let chart = views.ratio(latest, metric: metric) ?? views.breakdown(latest, metric: metric) { charts.append(chart) }
        }
        return charts.map { chart in chart.merging(["heading": heading]) { _, new in new } }
    }

    /// Periods in time order, and in a fixed order when two sort alike, so that which one is
    /// latest never depends on a dictionary's order.
    private static func earlier(_ a: Period, _ b: Period) -> Bool {
        a < b || (!(b < a) && a.description < b.description)
    }

    /// The feed of a page: its unit's news, and those of an earlier unit of the same path,
    /// so that whoever follows the old feed keeps reading the place's news.
    private func feed(_ unit: Int, with earlier: [Int]) -> OutputFile {
        let locality = site.gazetteer[unit]
        let path = OutputPaths.localityFeed(locality.path)
        let articles = news(of: unit, with: earlier).prefix(20).map { site.articles[$0] }
        return OutputFile(path: path, text: FeedBuilder(site: site, links: links).feed(
            title: "\(locality.title) – \(site.config.title)", path: path,
            page: OutputPaths.locality(locality.path), articles: Array(articles)
        ).xml)
    }
}
