/// Builds the charts a page shows from its facts, each with the table of the same data.
///
/// Templates get `{title, svg, table}`: the SVG and the table are generated HTML and go
/// in raw (`{{{svg}}}`), the only raw values besides article bodies. Ids inside the SVGs are
/// numbered per page so several charts can share one page. With `publishing`, each chart also
/// gets its anchor, sources, date of change, CSV and embed page (see `ChartViews+Publishing`),
/// and the files to write collect in `files`.
final class ChartViews {
    let site: SiteModel
    let strings: UIStrings
    private let prefix: String
    private var counter = 0
    let publishing: ChartPublishing?
    /// The CSV files and embed pages of the charts made so far.
    var files: [OutputFile] = []
    /// Anchors given on this page, so that a chart shown twice gets "-2".
    var anchors: Set<String> = []

    init(site: SiteModel, strings: UIStrings, prefix: String = "chart", publishing: ChartPublishing? = nil) {
        self.site = site
        self.strings = strings
        self.prefix = prefix
        self.publishing = publishing
    }

    private func nextID() -> String {
        counter += 1
        return "\(prefix)-\(counter)"
    }

    private func view(title: String, svg: SVGElement, table: ChartTable, kind: String, anchor: String, facts: [Fact],
                      rows: [ChartCSV.Row]) -> [String: Any] {
        let view: [String: Any] = ["title": title, "svg": svg.render(), "table": table.html, "kind": kind]
        return published(view, table: table, anchor: anchor, facts: facts, csv: ChartCSV(rows: rows))
    }

    /// "Buổi tuyên truyền ở Huyện Lâm Hà": what a chart of one place measures.
    private func subject(_ metric: Metric, _ place: String) -> String {
        strings.format(.chartSubject, ["metric": metric.label, "place": place])
    }

    /// Every percentage a chart computes has one decimal, so a page never mixes
    /// "92,91%" with "86,1%"; the fact card still quotes the percentage as the article stated it.
    static let percentDigits = 1

    /// The figure as a chart number: the value in the metric's unit, with the decimals the
    /// scale leaves: "74,2" tỷ is 74.200.000.000, not 74.200.000.000,0; "1,25" nghìn is 1.250.
    static func number(_ fact: Fact) -> WrittenNumber {
        WrittenNumber(value: fact.value, fractionDigits: fact.scale.map { max(0, fact.written.fractionDigits - $0.exponent) }
            ?? fact.written.fractionDigits)
    }

    /// A ratio as a progress bar: "1.010/1.173 (86,1%)".
    func ratio(_ fact: Fact, metric: Metric) -> [String: Any]? {
        guard metric.kind == .ratio, let of = fact.of else { return nil }
        let place = site.gazetteer[fact.locality].title
        let chart = RatioChart(
            id: nextID(), title: "\(metric.label) – \(place) (\(fact.period.display))",
            subject: subject(metric, place) + " (\(fact.period.display))",
            value: fact.written, of: of, approx: fact.approx, fractionDigits: Self.percentDigits, strings: strings
        )
        return view(title: chart.title, svg: chart.svg(), table: chart.table, kind: "ratio",
                    anchor: anchor("ty-le", metric, fact.locality, fact.period), facts: [fact],
                    rows: [row(fact, metric: metric, value: fact.value, of: fact.of?.value)])
    }

    /// A breakdown (`parts`) as a stacked bar with its legend.
    func breakdown(_ fact: Fact, metric: Metric) -> [String: Any]? {
        guard !fact.parts.isEmpty else { return nil }
        let place = site.gazetteer[fact.locality].title
        let parts = fact.parts.map { ChartDatum(label: metric.part($0.key)?.label ?? $0.key, value: $0.value) }
        let chart = BreakdownChart(
            id: nextID(), title: "\(metric.label) – \(place) (\(fact.period.display))",
            subject: subject(metric, place) + " (\(fact.period.display))", parts: parts,
            valueHeading: metric.unit.capitalizedFirst, strings: strings
        )
        return view(title: chart.title, svg: chart.svg(), table: chart.table, kind: "breakdown",
                    anchor: anchor("co-cau", metric, fact.locality, fact.period), facts: [fact],
                    rows: fact.parts.map { part in
                        var row = row(fact, metric: metric, value: fact.value(of: part))
                        row.part = part.key
                        row.partLabel = metric.part(part.key)?.label ?? part.key
                        return row
                    })
    }

    /// One metric of one locality over its periods, oldest first.
    func timeSeries(_ facts: [Fact], metric: Metric, locality: Int) -> [String: Any]? {
        let sorted = facts.sorted { $0.period < $1.period }
        guard sorted.count >= 2 else { return nil }
        let place = site.gazetteer[locality].title
        let chart = TimeSeriesChart(
            id: nextID(), title: "\(metric.label) (\(metric.unit)) – \(place)",
            subject: subject(metric, place),
            points: sorted.map { ChartDatum(label: $0.period.display, value: Self.number($0), approx: $0.approx) },
            valueHeading: metric.unit.capitalizedFirst, strings: strings
        )
        return view(title: chart.title, svg: chart.svg(), table: chart.table, kind: "time-series",
                    anchor: anchor("dien-bien", metric, locality, nil), facts: sorted,
                    rows: sorted.map { row($0, metric: metric, value: $0.value, of: $0.of?.value) })
    }

    /// One metric across localities for one period, highest first; `href` links each to its page.
    /// `scope` tells comparisons of one metric and period apart in the anchor: the unit whose
    /// units below are compared, or the level of the gazetteer ranked.
    func comparison(_ facts: [Fact], metric: Metric, period: Period, title: String, scope: String = "",
                    href: (Int) -> String?) -> [String: Any]? {
        guard facts.count >= 2 else { return nil }
        let chart = ComparisonChart(
            id: nextID(), title: title,
            subject: "\(metric.label) (\(period.display))",
            items: facts.map { ChartDatum(
                label: site.gazetteer[$0.locality].title, value: Self.number($0), approx: $0.approx, href: href($0.locality)) },
            labelHeading: strings[.locality], valueHeading: metric.unit.capitalizedFirst, strings: strings
        )
        // The rows in the order of the chart's table: highest first, equal values by name.
        let ranked = facts.sorted { a, b in
            a.value != b.value ? a.value > b.value : site.gazetteer[a.locality].title < site.gazetteer[b.locality].title
        }
        return view(title: chart.title, svg: chart.svg(), table: chart.table, kind: "comparison",
                    anchor: VietnameseSlug.make("so-sanh \(metric.id) \(scope) \(period.description)"), facts: ranked,
                    rows: ranked.map { row($0, metric: metric, value: $0.value, of: $0.of?.value) })
    }
}

extension String {
    /// "lượt người" → "Lượt người", for table headings.
    var capitalizedFirst: String {
        guard let first else { return self }
        return String(first).uppercased() + dropFirst()
    }
}
