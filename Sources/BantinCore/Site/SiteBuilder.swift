import Foundation

/// Builds a site: source files in, output files and diagnostics out. No disk, no printing.
///
/// A build either succeeds whole or returns no files at all, so the caller can keep
/// the previous output untouched when anything is wrong.
public struct SiteBuilder: Sendable {
    public let source: SiteSource
    public let options: BuildOptions

    public init(source: SiteSource, options: BuildOptions = BuildOptions()) {
        self.source = source
        self.options = options
    }

    /// Reads and checks everything and renders every page, but returns no files: for `bantin check`.
    public func check() -> BuildResult {
        var result = build(sink: DiscardingOutputSink())
        result.cache = nil
        return result
    }

    /// Builds the site. With the cache of the previous build, and when only article texts
    /// changed since, only those articles are read again and only their pages are returned
    /// (`mode` is then `.partial`); otherwise the whole site is built.
    ///
    /// With a `sink`, a full build hands its files to it as they are made and returns none
    /// (a partial build still returns its few files); without one, the files are returned.
    public func build(previous: BuildCache? = nil, sink: OutputSink? = nil) -> BuildResult {
        let loader = SiteLoader(source: source, options: options)
        let articlePaths = loader.articlePaths
        let fingerprints = Dictionary(uniqueKeysWithValues: zip(articlePaths, Self.fingerprints(articlePaths, in: source).map { $0 ?? "" }))
        let globals = globalsHash(articlePaths: articlePaths)
        if let previous, previous.format == BuildCache.format, previous.globals == globals,
           !publishesHeldArticle(previous),
           let result = incremental(previous, fingerprints: fingerprints, loader: loader) {
            return result
        }
        return full(loader: loader, fingerprints: fingerprints, globals: globals, sink: sink)
    }

    private func full(loader: SiteLoader, fingerprints: [String: String], globals: String, sink: OutputSink?) -> BuildResult {
        var diagnostics = DiagnosticBag()
        let memory = sink == nil ? MemoryOutputSink() : nil
        var cache: BuildCache?
        if let (site, theme) = loader.load(diagnostics: &diagnostics),
           let templates = TemplateLibrary(theme: theme, required: SiteRenderer.requiredTemplates, diagnostics: &diagnostics,
                                            engine: options.templateEngine) {
            options.stage("indexing")
            let renderer = SiteRenderer(site: site, theme: theme, templates: templates, source: source, images: options.images)
            // Nothing is made once the content has errors: the output would be thrown away.
            if !diagnostics.hasErrors {
                let recorder = OutputRecorder(sink: sink ?? memory!, progress: options.onProgress)
                renderer.render(into: recorder, options: options, diagnostics: &diagnostics)
                if let failure = recorder.failure {
                    diagnostics.error("the output could not be written: \(failure)", at: nil)
                }
                // Two files for one path would race in the writer: a static file named like a page, a page like a static folder.
                var made: [String: Int] = [:]
                for path in recorder.paths { made[path, default: 0] += 1 }
                for (path, count) in made.sorted(by: { $0.key < $1.key }) where count > 1 {
                    diagnostics.error("two files of the site would be written to \(path)", at: nil,
                                      hint: "a file of content/static/ or a free page's slug takes the place of another file; rename it")
                }
                options.stage("build cache")
                cache = makeCache(site: site, index: renderer.index, paths: recorder.paths.sorted(), fingerprints: fingerprints, globals: globals)
                (cache!.search, cache!.searchFiles) = renderer.search.cached
            }
        }
        options.stage("done")
        let sorted = withLineText(diagnostics.sorted)
        let failed = sorted.contains { $0.severity == .error }
        return BuildResult(files: failed ? [] : (memory?.files ?? []), diagnostics: sorted, mode: .full, cache: failed ? nil : cache)
    }

    /// The build of the articles whose text changed, or nil when more than their own pages would change.
    private func incremental(_ previous: BuildCache, fingerprints: [String: String], loader: SiteLoader) -> BuildResult? {
        let changed = fingerprints.keys.filter { previous.articles[$0]?.fingerprint != fingerprints[$0] }.sorted()
        guard changed.allSatisfy({ previous.articles[$0] != nil }), previous.articles.count == fingerprints.count else { return nil }
        if changed.isEmpty { return BuildResult(files: [], diagnostics: [], mode: .partial(articles: []), cache: previous) }
        var diagnostics = DiagnosticBag()
        let (gazetteer, schema) = loader.loadReferences(diagnostics: &diagnostics)
        guard let globals = loader.loadGlobals(gazetteer: gazetteer, schema: schema, diagnostics: &diagnostics) else { return nil }
        let articles = loader.loadArticles(changed, gazetteer: globals.gazetteer, schema: globals.schema, diagnostics: &diagnostics)
        if diagnostics.hasErrors {
            return BuildResult(files: [], diagnostics: withLineText(diagnostics.sorted), mode: .partial(articles: changed), cache: nil)
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
        let hashes = Dictionary(stride(from: 0, to: previous.searchFiles.count, by: 2).map { (previous.searchFiles[$0], previous.searchFiles[$0 + 1]) }) { a, _ in a }
        var files = renderer.renderArticles(site.articles, outputs: Set(previous.outputs), diagnostics: &diagnostics)
        guard let searchFiles = renderer.searchFiles(after: documents, hashes: hashes, edited: site.articles) else { return nil }
        files = (files + searchFiles).sorted { $0.path < $1.path }
        let sorted = withLineText(diagnostics.sorted)
        if sorted.contains(where: { $0.severity == .error }) {
            return BuildResult(files: [], diagnostics: sorted, mode: .partial(articles: changed), cache: nil)
        }
        var cache = previous
        var outputs = Set(previous.outputs)
        for path in changed {
            guard var entry = cache.articles[path] else { continue }
            entry.fingerprint = fingerprints[path] ?? ""
            if let article = parsed[path] {
                let folder = OutputPaths.articleFolder(article.slug)
                entry.outputs = files.map(\.path).filter { $0.hasPrefix(folder) }
                outputs.formUnion(entry.outputs)
            }
            cache.articles[path] = entry
        }
        cache.outputs = outputs.sorted()
        (cache.search, cache.searchFiles) = renderer.search.cached
        return BuildResult(files: files, diagnostics: sorted, mode: .partial(articles: changed), cache: cache)
    }

    private func makeCache(site: SiteModel, index: SiteIndex, paths: [String], fingerprints: [String: String], globals: String) -> BuildCache {
        var byFolder: [String: [String]] = [:]
        for path in paths where path.hasPrefix(OutputPaths.articlesFolder) {
            let parts = path.split(separator: "/", maxSplits: 2)
            if parts.count >= 2 { byFolder[OutputPaths.articleFolder(String(parts[1])), default: []].append(path) }
        }
        // What other pages show of each article, hashed on every core.
        let metadata = Parallel.map(site.articles) { $0.metadataHash }
        var entries: [String: BuildCache.Entry] = [:]
        for (path, fingerprint) in fingerprints {
            if let position = site.articleBySource[path] {
                let article = site.articles[position]
                entries[path] = BuildCache.Entry(fingerprint: fingerprint, slug: article.slug, metadata: metadata[position],
                                                 outputs: byFolder[OutputPaths.articleFolder(article.slug)] ?? [])
            } else if let date = site.heldBack[path] {
                // Held back for its date: the build after that date must be a full one.
                entries[path] = BuildCache.Entry(fingerprint: fingerprint, slug: "", metadata: Self.heldPrefix + String(date.epochSeconds),
                                                 outputs: [])
            } else {
                entries[path] = BuildCache.Entry(fingerprint: fingerprint, slug: "", metadata: nil, outputs: [])
            }
        }
        return BuildCache(
            format: BuildCache.format, globals: globals, articles: entries,
            localitiesWithPages: index.localitiesWithPages.map { site.gazetteer[$0].key }.sorted(),
            outputs: paths, output: nil
        )
    }

    private static let heldPrefix = "held until "

    /// True when an article the previous build held back for its date is due now.
    private func publishesHeldArticle(_ previous: BuildCache) -> Bool {
        previous.articles.values.contains { entry in
            guard let metadata = entry.metadata, metadata.hasPrefix(Self.heldPrefix),
                  let date = Int(metadata.dropFirst(Self.heldPrefix.count)) else { return false }
            return !options.holdsBack(epochSeconds: date)
        }
    }

    /// A hash of every source that is not an article, of the list of articles and of the options.
    private func globalsHash(articlePaths: [String]) -> String {
        var hash = StableHash()
        hash.combine(BuildCache.format)
        hash.combine(options.drafts ? "drafts" : "")
        hash.combine(options.future || options.now == nil ? "future" : "")
        let articles = Set(articlePaths)
        for path in source.paths(under: "") where !articles.contains(path) {
            hash.combine(path)
            hash.combine(Self.fingerprint(path, in: source) ?? "")
        }
        for path in articlePaths { hash.combine(path) }
        return hash.hex
    }

    /// The fingerprints of many files: the quick ones asked of the disk all at once, a hash of
    /// the contents for the files (or the source) without one, as `fingerprint(_:in:)` does.
    private static func fingerprints(_ paths: [String], in source: SiteSource) -> [String?] {
        let quick = (source as? FingerprintingSiteSource)?.quickFingerprints(of: paths) ?? Array(repeating: nil, count: paths.count)
        return Parallel.map(Array(zip(paths, quick))) { path, quick in quick ?? source.fingerprint(of: path) }
    }

    private static func fingerprint(_ path: String, in source: SiteSource) -> String? {
        fingerprints([path], in: source)[0]
    }

    /// Adds the source line to diagnostics whose stage did not have the file's text at hand
    /// (a link found while rendering, a template), reading each file once.
    private func withLineText(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var files: [String: SourceFile?] = [:]
        func filled(_ location: SourceLocation?) -> SourceLocation? {
            guard var location, location.lineText == nil, location.line >= 1 else { return location }
            if files[location.file] == nil {
                let builtIn = "(built-in default theme)/"
                let text = location.file.hasPrefix(builtIn)
                    ? DefaultTheme.files[String(location.file.dropFirst(builtIn.count))]
                    : source.contents(of: location.file).flatMap { String(validatingUTF8Data: $0) }
                files[location.file] = text.map { SourceFile(path: location.file, text: $0) }
            }
            location.lineText = files[location.file]??.line(location.line)
            return location
        }
        return diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = filled(diagnostic.location)
            diagnostic.notes = diagnostic.notes.map { note in
                var note = note
                note.location = filled(note.location)
                return note
            }
            return diagnostic
        }
    }

}
