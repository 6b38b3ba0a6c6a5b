import Foundation

/// A chart as a statistics office publishes it: where its figures come from, when they last
/// changed, its data to download, an anchor to link to, and a page to embed elsewhere.
extension ChartViews {
    /// The longest anchor kept as it is; a longer one is cut and ends in a hash of the whole,
    /// so that the embed page's folder stays a valid name.
    static let longestAnchor = 120

    /// The anchor of a chart, from what it shows, never from its place on the page: "ty-le-",
    /// "co-cau-" or "dien-bien-", the metric, the unit's path and the period. A three-level unit
    /// whose path a two-level unit has too (Lâm Đồng before 01/07/2025) ends in "truoc-2025".
    func anchor(_ kind: String, _ metric: Metric, _ unit: Int, _ period: Period?) -> String {
        VietnameseSlug.make([kind, metric.id, place(unit), period?.description ?? ""].joined(separator: " "))
    }

    /// A unit in an anchor: its path, told apart from a unit of the other era with the same path.
    func place(_ unit: Int) -> String {
        let locality = site.gazetteer[unit]
        let shared = locality.era == .threeLevel && site.gazetteer.units(atPath: locality.path).count > 1
        return locality.path + (shared ? " truoc 2025" : "")
    }

    /// A CSV row of a fact, in the metric's unit.
    func row(_ fact: Fact, metric: Metric, value: Double, of: Double? = nil) -> ChartCSV.Row {
        let locality = site.gazetteer[fact.locality]
        return ChartCSV.Row(metric: metric.id, label: metric.label, unit: metric.unit, period: fact.period.description,
                            locality: locality.path, localityName: locality.title, approx: fact.approx?.word,
                            value: value, of: of)
    }

    /// The anchor once on the page, short enough to name a folder.
    private func unique(_ anchor: String) -> String {
        var anchor = anchor
        if anchor.utf8.count > Self.longestAnchor {
            let hash = StableHash.of(Array(anchor.utf8)).prefix(8)
            anchor = String(decoding: anchor.utf8.prefix(Self.longestAnchor - 9), as: UTF8.self) + "-" + hash
        }
        var candidate = anchor
        var number = 2
        while !anchors.insert(candidate).inserted {
            candidate = "\(anchor)-\(number)"
            number += 1
        }
        return candidate
    }

    /// The table with its links (to the pages of the units compared) made from `path` instead of `page`.
    private func rebased(_ table: ChartTable, from page: String, to path: String) -> ChartTable {
        guard let links = publishing?.context.links else { return table }
        var table = table
        table.rows = table.rows.map { row in
            var row = row
            row.href = row.href.map { href in
                // A link to a folder (with base_url) names its index.html, which `link` leaves out again.
                guard let target = PathNormalizer.normalize(PathNormalizer.folder(of: page) + href) else { return href }
                return links.link(from: path, to: href.hasSuffix("/") ? target + "/index.html" : target)
            }
            return row
        }
        return table
    }

    /// The chart's view with what publishing adds, and its CSV and embed page added to `files`.
    ///
    /// A chart of one figure (a ratio, a breakdown) has its CSV but no embed page: a bar of one
    /// figure is not worth a page of its own to embed, and there was one for every such figure
    /// of every article and every place, a quarter of the files of a large site.
    func published(_ view: [String: Any], table: ChartTable, anchor: String, facts: [Fact], csv: ChartCSV) -> [String: Any] {
        guard let publishing else { return view }
        let id = unique(anchor)
        let folder = OutputPaths.chartFolder(page: publishing.page, anchor: id)
        // The file is named by the folder; a download takes the anchor's name (`download=`).
        let csvPath = folder + OutputPaths.chartData
        let embedPath = folder + "index.html"
        let data = csv.data
        let links = publishing.context.links
        let embeddable = facts.count > 1
        // The articles the figures come from, each once, in the order of the chart's rows.
        let articles = facts.compactMap { site.articleBySource[$0.articlePath] }.uniqued().map { site.articles[$0] }
        func meta(from path: String) -> [String: Any] {
            var meta: [String: Any] = [
                "anchor": id,
                "csv_url": links.link(from: path, to: csvPath),
                "csv_file": id + ".csv",
                "csv_size": ChartCSV.sizeText(data.count),
                "sources": articles.enumerated().map { position, article -> [String: Any] in
                    var source: [String: Any] = [
                        "name": article.source ?? article.title,
                        "url": links.link(from: path, to: OutputPaths.article(article.slug)),
                        "first": position == 0,
                    ]
                    // The source's name stands for the article: the title says which, unless it is this page.
                    if article.source != nil, OutputPaths.article(article.slug) != publishing.page {
                        source["article_title"] = article.title
                    }
                    return source
                },
                "has_sources": !articles.isEmpty,
            ]
            if let newest = articles.map(\.updated).max(by: { $0.epochSeconds < $1.epochSeconds }) {
                meta["updated"] = newest.vietnamese
                meta["updated_datetime"] = newest.datetime
            }
            return meta
        }
        var onPage = view.merging(meta(from: publishing.page)) { _, new in new }
        onPage["published"] = true
        files.append(OutputFile(path: csvPath, contents: data))
        guard embeddable else { return onPage }
        onPage["embeddable"] = true
        let title = view["title"] as? String ?? ""
        if let url = links.absolute(embedPath) {
            onPage["embed_code"] = "<iframe src=\"\(XMLEscaping.escape(url))\" title=\"\(XMLEscaping.escape(title))\" "
                + "width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>"
        } else {
            onPage["embed_url"] = links.link(from: publishing.page, to: embedPath)
        }
        var embedded = view.merging(meta(from: embedPath)) { _, new in new }
        embedded["published"] = true
        embedded["table"] = rebased(table, from: publishing.page, to: embedPath).html
        var page = publishing.context.base(path: embedPath, title: title)
        page["chart"] = embedded
        page["embed_page"] = true
        page["origin_url"] = links.link(from: embedPath, to: publishing.page) + "#" + id
        page["origin_title"] = publishing.pageTitle
        files.append(OutputFile(path: embedPath, text: publishing.templates.render("embed", page)))
        return onPage
    }
}
