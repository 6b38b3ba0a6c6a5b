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

    /// Builds the site. With the cache of the previous build, and when only articles changed
    /// since, only the pages that show what changed are returned (`mode` is then `.partial`,
    /// and `removed` names the files to take away); otherwise the whole site is built, and
    /// `fullBuildReason` says why the cache was not used.
    ///
    /// With a `sink`, a full build hands its files to it as they are made and returns none
    /// (a partial build still returns its few files); without one, the files are returned.
    public func build(previous: BuildCache? = nil, sink: OutputSink? = nil) -> BuildResult {
        var result = made(previous: previous, sink: sink)
        result.lines = SourceLines(source)
        return result
    }

    private func made(previous: BuildCache?, sink: OutputSink?) -> BuildResult {
        let loader = SiteLoader(source: source, options: options)
        let articlePaths = loader.articlePaths
        let fingerprints = Dictionary(uniqueKeysWithValues: zip(articlePaths, Self.fingerprints(articlePaths, in: source).map { $0 ?? "" }))
        let globals = globalsHash(articlePaths: articlePaths)
        var reason: String?
        if let previous {
            if previous.format != BuildCache.format {
                reason = "the build cache is of another version of Bantin"
            } else if previous.globals != globals {
                reason = "a file other than an article changed (settings, gazetteer, schema, theme, a free page or a static file), or the build's options"
            } else if publishesHeldArticle(previous) {
                reason = "an article held back for its date is due"
            } else {
                switch incremental(previous, fingerprints: fingerprints, loader: loader) {
                case .built(let result): return result
                case .fullBuild(let why): reason = why
                }
            }
        }
        var result = full(loader: loader, fingerprints: fingerprints, globals: globals, sink: sink)
        result.fullBuildReason = reason
        return result
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
                    diagnostics.error(.outputFailed, "the output could not be written: \(failure)", at: nil)
                }
                // Two files for one path would race in the writer: a static file named like a page, a page like a static folder.
                var made: [String: Int] = [:]
                for path in recorder.paths { made[path, default: 0] += 1 }
                for (path, count) in made.sorted(by: { $0.key < $1.key }) where count > 1 {
                    diagnostics.error(.outputClash, "two files of the site would be written to \(path)", at: nil,
                                      hint: "a file of content/static/ or a free page's slug takes the place of another file; rename it")
                }
                options.stage("build cache")
                // What other pages show of each article, hashed on every core.
                let metadata = Parallel.map(site.articles) { $0.metadataHash }
                let paths = recorder.paths.sorted()
                var units = PageSignatures(site: site, index: renderer.index, items: Parallel.map(site.articles) { $0.listHash }).all()
                if site.config.baseURL != nil { units["sitemap"] = PageSignatures.sitemap(paths) }
                cache = makeCache(site: site, index: renderer.index, metadata: metadata, paths: paths, fingerprints: fingerprints,
                                  globals: globals, units: units)
                (cache!.search, cache!.searchFiles) = renderer.search.cached
            }
        }
        options.stage("done")
        let sorted = diagnostics.sorted
        let failed = sorted.contains { $0.severity == .error }
        return BuildResult(files: failed ? [] : (memory?.files ?? []), diagnostics: sorted, mode: .full, cache: failed ? nil : cache)
    }

    func makeCache(site: SiteModel, index: SiteIndex, metadata: [String], paths: [String], fingerprints: [String: String],
                   globals: String, units: [String: String]) -> BuildCache {
        // Each article's files: its folder, and the embed pages and data of its charts.
        var byArticle: [String: [String]] = [:]
        for path in paths where path.hasPrefix(OutputPaths.articlesFolder) || path.hasPrefix(OutputPaths.embeds + OutputPaths.articlesFolder) {
            if let key = OutputUnit.key(of: path), key.hasPrefix("article/") { byArticle[key, default: []].append(path) }
        }
        var entries: [String: BuildCache.Entry] = [:]
        for (path, fingerprint) in fingerprints {
            if let position = site.articleBySource[path] {
                let article = site.articles[position]
                entries[path] = BuildCache.Entry(fingerprint: fingerprint, slug: article.slug, metadata: metadata[position],
                                                 outputs: byArticle["article/" + article.slug] ?? [])
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
            outputs: paths, output: nil, units: units
        )
    }

    static let heldPrefix = "held until "

    /// True when an article the previous build held back for its date is due now.
    private func publishesHeldArticle(_ previous: BuildCache) -> Bool {
        previous.articles.values.contains { entry in
            guard let metadata = entry.metadata, metadata.hasPrefix(Self.heldPrefix),
                  let date = Int(metadata.dropFirst(Self.heldPrefix.count)) else { return false }
            return !options.holdsBack(epochSeconds: date)
        }
    }

    /// A hash of every source that is not an article and of the options.
    private func globalsHash(articlePaths: [String]) -> String {
        var hash = StableHash()
        hash.combine(BuildCache.format)
        hash.combine(options.drafts ? "drafts" : "")
        hash.combine(options.future || options.now == nil ? "future" : "")
        let articles = Set(articlePaths)
        let others = source.paths(under: "").filter { !articles.contains($0) }
        for (path, fingerprint) in zip(others, Self.fingerprints(others, in: source)) {
            hash.combine(path)
            hash.combine(fingerprint ?? "")
        }
        return hash.hex
    }

    /// The fingerprints of many files: the quick ones asked of the disk all at once, a hash of
    /// the contents (`SiteSource.fingerprint(of:)`) for the files, or the source, without one.
    private static func fingerprints(_ paths: [String], in source: SiteSource) -> [String?] {
        let quick = (source as? FingerprintingSiteSource)?.quickFingerprints(of: paths) ?? Array(repeating: nil, count: paths.count)
        return Parallel.map(Array(zip(paths, quick))) { path, quick in quick ?? source.fingerprint(of: path) }
    }
}
