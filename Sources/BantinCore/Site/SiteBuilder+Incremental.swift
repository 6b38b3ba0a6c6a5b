import BantinMarkdown
import Foundation

/// Builds after an edit of articles: only the pages that show what changed.
extension SiteBuilder {
    enum Incremental {
        case built(BuildResult)
        /// The cache cannot tell what changed: a full build, for this reason.
        case fullBuild(String)
    }

    /// The build after articles were edited, added, deleted or renamed, everything else being as
    /// the previous build had it.
    func incremental(_ previous: BuildCache, fingerprints: [String: String], loader: SiteLoader) -> Incremental {
        let changed = fingerprints.keys.filter { previous.articles[$0]?.fingerprint != fingerprints[$0] }.sorted()
        let deleted = previous.articles.keys.filter { fingerprints[$0] == nil }.sorted()
        if changed.isEmpty && deleted.isEmpty {
            return .built(BuildResult(files: [], diagnostics: [], mode: .partial(articles: []), cache: previous))
        }
        if deleted.isEmpty, changed.allSatisfy({ previous.articles[$0] != nil }),
           let result = bodiesOnly(previous, changed: changed, fingerprints: fingerprints, loader: loader) {
            return .built(result)
        }
        return everyArticle(previous, changed: changed, deleted: deleted, fingerprints: fingerprints, loader: loader)
    }

    /// When only the bodies of articles changed, not what other pages show of them: those articles
    /// alone are read again and their pages alone made, with the search index's changed files.
    private func bodiesOnly(_ previous: BuildCache, changed: [String], fingerprints: [String: String], loader: SiteLoader) -> BuildResult? {
        var diagnostics = DiagnosticBag()
        let (gazetteer, schema) = loader.loadReferences(diagnostics: &diagnostics)
        guard let globals = loader.loadGlobals(gazetteer: gazetteer, schema: schema, diagnostics: &diagnostics) else { return nil }
        let articles = loader.loadArticles(changed, gazetteer: globals.gazetteer, schema: globals.schema, diagnostics: &diagnostics)
        if diagnostics.hasErrors {
            return BuildResult(files: [], diagnostics: diagnostics.sorted, mode: .partial(articles: changed), cache: nil)
        }
        // Every changed article must show other pages exactly what it showed before (a draft stays left out).
        let parsed = Dictionary(uniqueKeysWithValues: articles.map { ($0.sourcePath, $0) })
        for path in changed where previous.articles[path]?.metadata != parsed[path]?.metadataHash {
            return nil
        }
        guard let templates = TemplateLibrary(theme: globals.theme, required: SiteRenderer.requiredTemplates, diagnostics: &diagnostics,
                                            engine: options.templateEngine) else {
            return nil
        }
        var site = loader.model(globals, articles: articles, diagnostics: &diagnostics)
        site.articleSlugs = previous.articles.filter { $0.value.metadata.map { !$0.hasPrefix(Self.heldPrefix) } ?? false }.mapValues(\.slug)
        let index = SiteIndex(localitiesWithPages: Set(previous.localitiesWithPages.compactMap(globals.gazetteer.index(ofKey:))))
        let renderer = SiteRenderer(site: site, theme: globals.theme, templates: templates, source: source, index: index,
                                    images: options.images)
        // The search index holds the text of the articles: its files that change are written again.
        guard let documents = SearchCollector.documents(previous.search), previous.searchFiles.count % 2 == 0 else { return nil }
        let hashes = previous.searchFileHashes
        var files = renderer.renderArticles(site.articles, outputs: Set(previous.outputs), diagnostics: &diagnostics)
        options.stage("search index")
        guard let searchFiles = renderer.searchFiles(after: documents, hashes: hashes, edited: site.articles) else { return nil }
        files = (files + searchFiles).sorted { $0.path < $1.path }
        let sorted = diagnostics.sorted
        if sorted.contains(where: { $0.severity == .error }) {
            return BuildResult(files: [], diagnostics: sorted, mode: .partial(articles: changed), cache: nil)
        }
        var cache = previous
        var outputs = Set(previous.outputs)
        var removed: Set<String> = []
        for path in changed {
            guard var entry = cache.articles[path] else { continue }
            entry.fingerprint = fingerprints[path] ?? ""
            if let article = parsed[path] {
                let key = "article/" + article.slug
                let made = files.map(\.path).filter { OutputUnit.key(of: $0) == key }
                removed.formUnion(Set(entry.outputs).subtracting(made))
                entry.outputs = made
                outputs.formUnion(made)
            }
            cache.articles[path] = entry
        }
        outputs.subtract(removed)
        cache.outputs = outputs.sorted()
        (cache.search, cache.searchFiles) = renderer.search.cached
        var result = BuildResult(files: files, diagnostics: sorted, mode: .partial(articles: changed), cache: cache)
        result.removed = removed.sorted()
        return result
    }

    /// When what other pages show of articles changed, or articles came or went: every article is
    /// read again (as a full build reads them, with the same checks across articles), and of the
    /// pages only those of the changed articles, of the articles linking to an article whose
    /// address changed, and the parts of the site whose signature changed are made.
    private func everyArticle(_ previous: BuildCache, changed: [String], deleted: [String], fingerprints: [String: String],
                              loader: SiteLoader) -> Incremental {
        guard !previous.units.isEmpty else { return .fullBuild("the build cache does not record the list pages") }
        guard let documents = SearchCollector.documents(previous.search), previous.searchFiles.count % 2 == 0 else {
            return .fullBuild("the build cache's search index does not read back")
        }
        let touched = (changed + deleted).sorted()
        var diagnostics = DiagnosticBag()
        guard let (site, theme) = loader.load(diagnostics: &diagnostics) else {
            return .fullBuild("the settings or the theme could not be read")
        }
        if diagnostics.hasErrors {
            return .built(BuildResult(files: [], diagnostics: diagnostics.sorted, mode: .partial(articles: touched), cache: nil))
        }
        guard let templates = TemplateLibrary(theme: theme, required: SiteRenderer.requiredTemplates, diagnostics: &diagnostics,
                                              engine: options.templateEngine) else {
            return .fullBuild("the theme's templates could not be read")
        }
        options.stage("finding the pages that changed")
        let index = SiteIndex(site: site)
        // Pages link to the localities that have a page: when one gains or loses its page, so do
        // the pages of the articles about it or with its figures (the signatures cover the rest).
        let hadPages = Set(previous.localitiesWithPages)
        let hasPages = Set(index.localitiesWithPages.map { site.gazetteer[$0].key })
        var flipped: Set<Int> = []
        for key in hadPages.symmetricDifference(hasPages) {
            guard let unit = site.gazetteer.index(ofKey: key) else { return .fullBuild("a locality of the last build is not in the gazetteer") }
            flipped.insert(unit)
        }
        let metadata = Parallel.map(site.articles) { $0.metadataHash }
        var signatures = PageSignatures(site: site, index: index, items: Parallel.map(site.articles) { $0.listHash }).all()
        let parts = signatures.filter { previous.units[$0.key] != $0.value }.keys.sorted()
        let goneParts = Set(previous.units.keys).subtracting(signatures.keys).subtracting(["sitemap"])

        // Articles whose address changed (renamed, deleted, a new slug): the pages linking to them change.
        let oldSlugs = previous.articles.compactMapValues { entry -> String? in
            guard let metadata = entry.metadata, !metadata.hasPrefix(Self.heldPrefix) else { return nil }
            return entry.slug
        }
        let moved = Set(oldSlugs.keys).union(site.articleSlugs.keys).filter { oldSlugs[$0] != site.articleSlugs[$0] }
        var pages = Set(changed.filter { site.articleBySource[$0] != nil })
        if !flipped.isEmpty {
            for article in site.articles where !pages.contains(article.sourcePath) {
                let named = site.gazetteer.lineage(of: article.locality) + article.localities
                    + article.factBlocks.flatMap { [$0.locality] + $0.facts.map(\.locality) }
                if named.contains(where: flipped.contains) { pages.insert(article.sourcePath) }
            }
        }
        if !moved.isEmpty {
            for article in site.articles where !pages.contains(article.sourcePath) {
                if article.bodyReleased { return .fullBuild("an article's links could not be checked (its body was let go to save memory)") }
                if Self.links(article.document, from: article.sourcePath, to: moved) { pages.insert(article.sourcePath) }
            }
            for page in site.pages where Self.links(page.document, from: page.sourcePath, to: moved) {
                return .fullBuild("the free page \(page.sourcePath) links to an article whose address changed")
            }
        }

        // The files of the last build that are made again or go: those of the articles touched
        // or made again, and of the parts made again or gone.
        var dropped: Set<String> = []
        for path in Set(touched).union(pages) { dropped.formUnion(previous.articles[path]?.outputs ?? []) }
        let redone = Set(parts).union(goneParts)
        for path in previous.outputs {
            if let key = OutputUnit.key(of: path), redone.contains(key) { dropped.insert(path) }
        }

        let renderer = SiteRenderer(site: site, theme: theme, templates: templates, source: source, index: index, images: options.images)
        options.stage("rendering the changed pages")
        var unitFiles: [OutputFile] = []
        for made in Parallel.map(parts, { renderer.render(unit: $0) }) {
            guard let made else { return .fullBuild("a part of the site could not be made again") }
            unitFiles += made
        }
        var known = Set(previous.outputs).subtracting(dropped)
        known.formUnion(unitFiles.map(\.path))
        let articles = site.articles.filter { pages.contains($0.sourcePath) }
        let articleFiles = renderer.renderArticles(articles, outputs: known, diagnostics: &diagnostics)
        known.formUnion(articleFiles.map(\.path))
        diagnostics.append(contentsOf: LinkChecker.check(unitFiles, known: known))

        options.stage("search index")
        // The search index: its files whose bytes changed, and away with those no longer made.
        let hashes = previous.searchFileHashes
        let kept = Dictionary(documents.map { ($0.path, $0.document) }) { a, _ in a }
        guard let search = renderer.searchFiles(keeping: kept, edited: Set(changed)) else {
            return .fullBuild("the build cache's search index lacks an article")
        }
        let searchFiles = search.filter { hashes[$0.path] != StableHash.of($0.contents) }
        let searchGone = Set(hashes.keys).subtracting(search.map(\.path))
        dropped.formUnion(searchGone)
        known.subtract(searchGone)

        var files = unitFiles + articleFiles + searchFiles
        if site.config.baseURL != nil {
            let sitemap = PageSignatures.sitemap(known)
            signatures["sitemap"] = sitemap
            if previous.units["sitemap"] != sitemap { files += renderer.sitemapAndRobots(Array(known)) }
        }
        files.sort { $0.path < $1.path }
        let sorted = diagnostics.sorted
        if sorted.contains(where: { $0.severity == .error }) {
            return .built(BuildResult(files: [], diagnostics: sorted, mode: .partial(articles: touched), cache: nil))
        }
        options.stage("build cache")
        let written = Set(files.map(\.path))
        let outputs = Set(previous.outputs).subtracting(dropped).union(written)
        var cache = makeCache(site: site, index: index, metadata: metadata, paths: outputs.sorted(), fingerprints: fingerprints,
                              globals: previous.globals, units: signatures)
        (cache.search, cache.searchFiles) = renderer.search.cached
        var result = BuildResult(files: files, diagnostics: sorted, mode: .partial(articles: touched), cache: cache)
        result.removed = dropped.subtracting(written).sorted()
        result.rebuiltParts = parts
        return .built(result)
    }

    /// True when a Markdown body links to one of `targets` (source paths of articles), read as
    /// the page's links are resolved.
    static func links(_ document: MarkdownDocument, from sourcePath: String, to targets: Set<String>) -> Bool {
        document.links.contains { link in
            ContentLinkResolver.target(of: link.destination, in: sourcePath).map { targets.contains($0.path) } ?? false
        }
    }
}
