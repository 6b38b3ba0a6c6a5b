import BantinMarkdown
import Foundation

/// Reads and checks every source file of a site into a `SiteModel`.
///
/// Articles are parsed in parallel; problems from all files are collected, never stopping at the first.
struct SiteLoader {
    let source: SiteSource
    let options: BuildOptions

    /// Everything but the articles: settings, gazetteer, schema, theme, free pages, static files.
    struct Globals {
        var config: SiteConfig
        var gazetteer: Gazetteer
        var schema: MetricSchema
        var theme: Theme
        var pages: [Page]
        var staticFiles: [String: String]
    }

    func load(diagnostics: inout DiagnosticBag) -> (SiteModel, Theme)? {
        // The gazetteer and the schema are read even when the settings or the theme fail,
        // so that the articles are still checked against them.
        options.stage("reading the national gazetteer")
        _ = Gazetteer.national
        options.stage("reading the site's localities and schema")
        let (gazetteer, schema) = loadReferences(diagnostics: &diagnostics)
        options.stage("reading settings, theme and pages")
        let globals = loadGlobals(gazetteer: gazetteer, schema: schema, diagnostics: &diagnostics)
        options.stage("reading articles")
        var held: [String: ArticleDate] = [:]
        let articles = loadArticles(articlePaths, gazetteer: gazetteer, schema: schema, diagnostics: &diagnostics, held: &held)
        guard let globals else { return nil }
        options.stage("checking the site as a whole")
        var site = model(globals, articles: consume articles, diagnostics: &diagnostics)
        site.heldBack = held
        return (site, globals.theme)
    }

    /// The gazetteer and the metric schema, which articles are checked against: the national
    /// gazetteer, with the site's localities file applied when it has one.
    func loadReferences(diagnostics: inout DiagnosticBag) -> (Gazetteer, MetricSchema) {
        var gazetteer = Gazetteer.national
        if let file = source.sourceFile(GazetteerParser.path, required: false, diagnostics: &diagnostics) {
            gazetteer = GazetteerParser.parse(file, diagnostics: &diagnostics)
        }
        var schema = MetricSchema()
        if let file = source.sourceFile(SchemaParser.path, required: false, diagnostics: &diagnostics) {
            schema = SchemaParser.parse(file, diagnostics: &diagnostics)
        }
        return (gazetteer, schema)
    }

    /// The Markdown files of `content/articles/`.
    var articlePaths: [String] {
        source.paths(under: "content/articles/").filter { $0.hasSuffix(".md") }
    }

    func loadGlobals(gazetteer: Gazetteer, schema: MetricSchema, diagnostics: inout DiagnosticBag) -> Globals? {
        let configFile = source.sourceFile(SiteConfig.path, required: true, diagnostics: &diagnostics)
        var config: SiteConfig?
        if let configFile { config = SiteConfig.parse(configFile, diagnostics: &diagnostics) }
        var theme: Theme?
        if let config { theme = ThemeLoader.load(config, from: source, diagnostics: &diagnostics) }

        var pages: [Page] = []
        for path in source.paths(under: "content/pages/") where path.hasSuffix(".md") {
            guard let file = source.sourceFile(path, required: true, diagnostics: &diagnostics) else { continue }
            let result = PageParser.parse(file)
            diagnostics.append(contentsOf: result.diagnostics)
            if let page = result.page, options.drafts || !page.draft { pages.append(page) }
        }
        pages.sort { ($0.weight, $0.title, $0.sourcePath) < ($1.weight, $1.title, $1.sourcePath) }
        var pageBySlug: [String: Page] = [:]
        for page in pages.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            if let first = pageBySlug[page.slug] {
                diagnostics.error(.duplicateSlug, "two pages have the slug '\(page.slug)'", at: page.slugLocation,
                                  notes: [.init("'\(first.title)' has it too", at: first.slugLocation)],
                                  hint: "give one of them its own 'slug:'")
            } else {
                pageBySlug[page.slug] = page
            }
        }

        var staticFiles: [String: String] = [:]
        for path in source.paths(under: "content/static/") {
            staticFiles[String(path.dropFirst("content/static/".count))] = path
        }
        guard let config, let theme else { return nil }
        return Globals(config: config, gazetteer: gazetteer, schema: schema, theme: theme, pages: pages, staticFiles: staticFiles)
    }

    /// Parses articles in parallel; drafts are left out unless asked for.
    func loadArticles(_ paths: [String], gazetteer: Gazetteer, schema: MetricSchema, diagnostics: inout DiagnosticBag) -> [Article] {
        var held: [String: ArticleDate] = [:]
        return loadArticles(paths, gazetteer: gazetteer, schema: schema, diagnostics: &diagnostics, held: &held)
    }

    /// Parses articles in parallel, and tells which were held back for their date in the future.
    func loadArticles(_ paths: [String], gazetteer: Gazetteer, schema: MetricSchema, diagnostics: inout DiagnosticBag,
                      held: inout [String: ArticleDate]) -> [Article] {
        let parser = ArticleParser(gazetteer: gazetteer, schema: schema)
        var articles: [Article] = []
        var bodyBytes = 0
        // The next batch is read while this one is parsed: reading waits on the disk, parsing on the cores.
        let batches = Parallel.slices(paths, size: 1024)
        var next = batches.first.map { batch in Background { [source] in source.contents(of: batch) } }
        for (number, batch) in batches.enumerated() {
            let contents = next?.value ?? []
            next = number + 1 < batches.count ? Background { [source] in source.contents(of: batches[number + 1]) } : nil
            let parsed = Parallel.map(Array(zip(batch, contents))) { path, data in
                Self.parseArticle(path, contents: data, with: parser, options: options)
            }
            for (article, problems) in parsed {
                diagnostics.append(contentsOf: problems)
                guard let article, options.drafts || !article.draft else { continue }
                if options.holdsBack(article.date) {
                    held[article.sourcePath] = article.date
                    continue
                }
                bodyBytes += article.document.html.utf8.count
                if bodyBytes > options.bodyBudget {
                    // Everything of the body is parsed again when its page is made.
                    _ = article.body.take()
                }
                articles.append(article)
            }
            options.progress(min(paths.count, (number + 1) * 1024), of: paths.count)
        }
        return articles
    }

    /// The site from its parts, with the checks that look across articles.
    ///
    /// Articles are large values and a big site has a hundred thousand of them: the checks go
    /// through positions in the one array rather than sorted copies of it.
    func model(_ globals: Globals, articles: consuming [Article], diagnostics: inout DiagnosticBag) -> SiteModel {
        // Positions are sorted, then each article moved once: sorting the large values themselves
        // copied them at every step of the merge.
        let order = articles.indices.sorted { a, b in
            (articles[a].date.epochSeconds, articles[b].title, articles[b].sourcePath)
                > (articles[b].date.epochSeconds, articles[a].title, articles[a].sourcePath)
        }
        var articles = order.map { articles[$0] }
        let bySource = articles.indices.sorted { articles[$0].sourcePath < articles[$1].sourcePath }
        var bySlug: [String: Int] = [:]
        for position in bySource {
            let article = articles[position]
            if let first = bySlug[article.slug] {
                diagnostics.error(.duplicateSlug,
                    "two articles have the slug '\(article.slug)'", at: article.slugLocation,
                    notes: [.init("'\(articles[first].title)' has it too", at: articles[first].slugLocation)],
                    hint: "give one of them its own 'slug:' in the front matter"
                )
            } else {
                bySlug[article.slug] = position
            }
        }
        checkConflictingFacts(articles, in: bySource, gazetteer: globals.gazetteer, diagnostics: &diagnostics)
        var articleBySource: [String: Int] = [:]
        articleBySource.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() { articleBySource[article.sourcePath] = index }
        var pageBySource: [String: Int] = [:]
        for (index, page) in globals.pages.enumerated() { pageBySource[page.sourcePath] = index }
        let slugs = Dictionary(uniqueKeysWithValues: articles.map { ($0.sourcePath, $0.slug) })
        return SiteModel(config: globals.config, gazetteer: globals.gazetteer, schema: globals.schema, articles: articles,
                         articleBySource: articleBySource, articleSlugs: slugs,
                         pages: globals.pages, pageBySource: pageBySource, staticFiles: globals.staticFiles)
    }

    private static func parseArticle(_ path: String, contents: Data?, with parser: ArticleParser, options: BuildOptions) -> (Article?, [Diagnostic]) {
        var local = DiagnosticBag()
        guard let file = SourceFile.decoding(contents, path: path, required: true, diagnostics: &local) else {
            return (nil, local.diagnostics)
        }
        let result = parser.parse(file)
        guard let article = result.article, options.drafts || !article.draft else { return (result.article, result.diagnostics) }
        let warnings = ArticleWarnings(schema: parser.schema, now: options.now, future: options.future).check(article, in: file)
        let corrections = article.correctionsInTheFuture(now: options.now, future: options.future)
        return (corrections.isEmpty ? article : nil, result.diagnostics + corrections + warnings)
    }

    /// A value as the conflict message shows it: "1.010/1.173" for a ratio, "74,2 tỷ" with a scale.
    static func shown(_ fact: Fact) -> String {
        var text = VietnameseNumberFormat.written(fact.written)
        if let scale = fact.scale { text += " " + scale.word }
        if let of = fact.of { text += "/" + VietnameseNumberFormat.written(of) }
        return text
    }

    /// The same metric, locality and period must have one value in the whole site.
    private func checkConflictingFacts(_ articles: [Article], in order: [Int], gazetteer: Gazetteer, diagnostics: inout DiagnosticBag) {
        var first: [FactKey: (article: Int, block: Int, fact: Int)] = [:]
        for position in order {
            for (blockIndex, block) in articles[position].factBlocks.enumerated() {
                for (factIndex, fact) in block.facts.enumerated() {
                    guard let place = first[fact.key] else {
                        first[fact.key] = (position, blockIndex, factIndex)
                        continue
                    }
                    let earlier = articles[place.article].factBlocks[place.block].facts[place.fact]
                    if earlier.value != fact.value || earlier.of?.value != fact.of?.value {
                        diagnostics.error(.conflictingFigures,
                            "'\(fact.metric)' for \(gazetteer[fact.locality].path) in \(fact.period) is \(Self.shown(fact)) here but \(Self.shown(earlier)) elsewhere",
                            at: fact.location,
                            notes: [.init("the other value is given here", at: earlier.location)],
                            hint: "a figure has one value; correct the wrong one, or give a different 'period' or 'locality'"
                        )
                    }
                }
            }
        }
    }
}
