/// The parts of the site an incremental build renders again, one at a time (see `OutputUnit`).
extension SiteRenderer {
    /// The files of the part named `key`; nil for a key no part has, which the caller takes as a
    /// reason for a full build.
    func render(unit key: String) -> [OutputFile]? {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? parts[1] : ""
        switch parts[0] {
        case "home":
            guard let page = Int(rest) else { return nil }
            return [homePage(page, of: site.config.pageCount(site.articles.count))]
        case "tag":
            guard let slash = rest.lastIndex(of: "/"), let page = Int(rest[rest.index(after: slash)...]),
                  index.articlesByTag[String(rest[..<slash])] != nil else { return nil }
            return [tagPage(String(rest[..<slash]), page: page)]
        case "tags":
            return [tagsPage()]
        case "localities":
            return [LocalityPages(site: site, index: index, context: context, templates: templates).provincesPage()]
        case "locality":
            let pages = LocalityPages(site: site, index: index, context: context, templates: templates)
            return site.gazetteer.units(atPath: rest).filter(index.localitiesWithPages.contains).sorted().flatMap(pages.render)
        case "statistics":
            return [StatisticsPages(site: site, index: index, context: context, templates: templates).indexPage()]
        case "metric":
            guard let metric = site.schema.metrics.first(where: { OutputPaths.metric($0.id) == OutputPaths.statisticsFolder + rest + "/index.html" })
            else { return nil }
            return StatisticsPages(site: site, index: index, context: context, templates: templates).metricPage(metric)
        case "data":
            let export = factsExport()
            return [OutputFile(path: OutputPaths.factsCSV, contents: export.csvData), OutputFile(path: OutputPaths.factsJSON, contents: export.jsonData)]
        case "feed":
            return [siteFeed()]
        default:
            return nil
        }
    }

    /// The whole search index again, in the site's order: the documents of `edited` made anew
    /// (their pages were just made, which kept their text), the others as the cache kept them;
    /// nil when the cache lacks one.
    func searchFiles(keeping previous: [String: SearchDocument], edited: Set<String>) -> [OutputFile]? {
        var documents: [(path: String, document: SearchDocument)] = []
        documents.reserveCapacity(site.articles.count)
        for article in site.articles {
            if edited.contains(article.sourcePath) {
                documents.append((article.sourcePath, searchDocument(article)))
            } else if let document = previous[article.sourcePath] {
                documents.append((article.sourcePath, document))
            } else {
                return nil
            }
        }
        let files = SearchIndex(documents: documents.map(\.document)).files(folder: OutputPaths.searchFolder)
        search.record(documents, files: files)
        return files
    }
}
