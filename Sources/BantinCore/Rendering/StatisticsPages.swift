/// The statistics pages: an index of metrics grouped as the schema groups them, and a page
/// per metric ranking the localities that report it, period by period.
struct StatisticsPages {
    let site: SiteModel
    let index: SiteIndex
    let context: PageContext
    let templates: TemplateLibrary

    /// How many localities a metric's comparison chart shows at most.
    static let chartedLocalities = 20
    /// How many localities a metric's table ranks at most, per period.
    static let rankedLocalities = 100

    private var links: LinkBuilder { context.links }
    private var strings: UIStrings { context.theme.strings }

    /// Metrics that have at least one figure, in schema order.
    private var reported: [Metric] {
        site.schema.metrics.filter { index.hasFacts(forMetric: $0.id) }
    }

    func render() -> [OutputFile] {
        let pages = self
        return [indexPage()] + Parallel.map(reported) { pages.metricPage($0) }.flatMap { $0 }
    }

    func indexPage() -> OutputFile {
        let path = OutputPaths.statistics
        var view = context.base(path: path, title: strings[.statistics])
        view["groups"] = site.schema.grouped(reported, other: strings[.otherFigures], metric: \.id).map { group -> [String: Any] in
            let metrics = group.items.map { metric -> [String: Any] in
                let facts = index.facts(forMetric: metric.id)
                return [
                    "label": metric.label,
                    "unit": metric.unit,
                    "url": links.link(from: path, to: OutputPaths.metric(metric.id)),
                    "locality_count": VietnameseNumberFormat.integer(Set(facts.map(\.fact.locality)).count),
                    "figure_count": VietnameseNumberFormat.integer(facts.count),
                ]
            }
            return ["name": group.name, "metrics": metrics]
        }
        return OutputFile(path: path, text: templates.render("statistics", view))
    }

    /// A metric's page, then the CSV files and embed pages of its charts.
    func metricPage(_ metric: Metric) -> [OutputFile] {
        let path = OutputPaths.metric(metric.id)
        let title = "\(metric.label) – \(strings[.statistics])"
        var view = context.base(path: path, title: title,
                                description: metric.description)
        view["statistics_url"] = links.link(from: path, to: OutputPaths.statistics)
        var item: [String: Any] = ["label": metric.label, "unit": metric.unit, "kind": metric.kind.rawValue]
        if let description = metric.description { item["description"] = description }
        if let group = metric.group { item["group"] = group }
        view["metric"] = item
        let facts = index.facts(forMetric: metric.id).map(\.fact)
        let byPeriod = Dictionary(grouping: facts, by: \.period)
        let views = ChartViews(site: site, strings: strings, publishing: ChartPublishing(
            page: path, pageTitle: title, context: context, templates: templates))
        view["periods"] = byPeriod.keys.sorted(by: >).map { period -> [String: Any] in
            // A province is not ranked against a district, nor a district against a commune:
            // each level of the gazetteer is ranked apart, and says which it is when there are several.
            let byLevel = Dictionary(grouping: byPeriod[period]!) { site.gazetteer.lineage(of: $0.locality).count }
            let levels = byLevel.keys.sorted().map { level in
                ranking(byLevel[level]!, level: level, of: metric, period: period, path: path, views: views)
            }
            return ["period": period.display, "levels": levels, "several_levels": levels.count > 1]
        }
        return [OutputFile(path: path, text: templates.render("metric", view))] + views.files
    }

    /// The name of a level of the gazetteer: 1 is the province level.
    private func levelName(_ level: Int) -> String {
        switch level {
        case 1: strings[.level1]
        case 2: strings[.level2]
        case 3: strings[.level3]
        default: "\(strings[.level]) \(level)"
        }
    }

    /// The units of one level for one period, highest first, with the chart of the first ones.
    private func ranking(_ facts: [Fact], level: Int, of metric: Metric, period: Period, path: String,
                         views: ChartViews) -> [String: Any] {
        let ranked = facts.sorted { a, b in
            a.value != b.value ? a.value > b.value : site.gazetteer[a.locality].path < site.gazetteer[b.locality].path
        }
        // A national metric has thousands of communes per period: the page ranks the first
        // hundred, and the open data holds them all.
        let listed = ranked.prefix(Self.rankedLocalities)
        let name = levelName(level)
        var entry: [String: Any] = [
            "level": name,
            "rows": listed.enumerated().map { rank, fact -> [String: Any] in
                var row: [String: Any] = [
                    "rank": rank + 1,
                    "locality": context.locality(fact.locality, from: path),
                    "value": FactFormatter.value(fact, metric: metric),
                ]
                if let percent = FactFormatter.percentText(fact) { row["percent"] = percent }
                return row
            },
        ]
        // A chart of hundreds of bars reads as nothing: it shows the first ones, the table all.
        let shown = Array(ranked.prefix(Self.chartedLocalities))
        if ranked.count > listed.count {
            entry["more"] = ["shown": VietnameseNumberFormat.integer(listed.count), "total": VietnameseNumberFormat.integer(ranked.count)]
        }
        let title = ranked.count > shown.count
            ? "\(metric.label) (\(metric.unit)), \(period.display), \(name.lowercased()): \(shown.count) \(strings[.highestLocalities])"
            : "\(metric.label) (\(metric.unit)), \(period.display), \(name.lowercased())"
        if let chart = views.comparison(shown, metric: metric, period: period, title: title, scope: "cap \(level)", href: { unit in
            context.localityURL(unit, from: path)
        }) {
            entry["chart"] = chart
        }
        return entry
    }
}
