import BantinMarkdown
import Foundation

/// Renders every page of a checked site through the theme's templates.
struct SiteRenderer {
    static let requiredTemplates = ["base", "home", "article", "fact-card", "locality", "localities", "tag", "tags", "page", "404", "search", "statistics", "metric", "chart"]

    let site: SiteModel
    let theme: Theme
    let templates: TemplateLibrary
    let source: SiteSource
    let links: LinkBuilder
    let context: PageContext
    let index: SiteIndex
    /// Reads pictures' sizes and makes their smaller copies; without it, pictures have neither.
    let images: (any ImageProcessing)?
    /// Body texts kept for the search index as the article pages are made, and the index made.
    let search = SearchCollector()

    init(site: SiteModel, theme: Theme, templates: TemplateLibrary, source: SiteSource, index: SiteIndex? = nil,
         images: (any ImageProcessing)? = nil) {
        self.images = images
        self.site = site
        self.theme = theme
        self.templates = templates
        self.source = source
        links = LinkBuilder(baseURL: site.config.baseURL)
        self.index = index ?? SiteIndex(site: site)
        context = PageContext(site: site, theme: theme, links: links, index: self.index)
    }

    /// The pages of some articles only, for an incremental build; links are checked against `outputs`.
    func renderArticles(_ articles: [Article], outputs: Set<String>, diagnostics: inout DiagnosticBag) -> [OutputFile] {
        var files: [OutputFile] = []
        let renderer = self
        for (pageFiles, problems) in Parallel.map(articles, { renderer.articlePage($0) }) {
            files += pageFiles
            diagnostics.append(contentsOf: problems)
        }
        diagnostics.append(contentsOf: LinkChecker.check(files, known: outputs.union(files.map(\.path))))
        return files
    }

    /// Renders the whole site into `recorder`, which writes each page as it is made, so that
    /// memory holds a few pages per core rather than the site.
    func render(into recorder: OutputRecorder, options: BuildOptions, diagnostics: inout DiagnosticBag) {
        let renderer = self
        options.stage("home pages")
        let homePages = site.config.pageCount(site.articles.count)
        diagnostics.append(contentsOf: recorder.make(Array(1...homePages)) { ([renderer.homePage($0, of: homePages)], []) })
        options.stage("article pages")
        diagnostics.append(contentsOf: recorder.make(site.articles) { renderer.articlePage($0) })
        HeapTrim.now()
        for page in site.pages {
            let (pageFiles, problems) = freePage(page)
            recorder.emit(pageFiles)
            diagnostics.append(contentsOf: problems)
        }

        options.stage("locality pages")
        let localityPages = LocalityPages(site: site, index: index, context: context, templates: templates)
        diagnostics.append(contentsOf: recorder.make(index.localitiesWithPages.sorted()) { (localityPages.render($0), []) })
        recorder.emit([localityPages.provincesPage()])
        options.stage("statistics pages")
        recorder.emit(StatisticsPages(site: site, index: index, context: context, templates: templates).render())
        options.stage("tag pages")
        // One item a page: a tag of half the site has thousands of pages.
        let tagPages = index.articlesByTag.sorted { $0.key < $1.key }.flatMap { slug, tag in
            (1...site.config.pageCount(tag.articles.count)).map { (slug, $0) }
        }
        diagnostics.append(contentsOf: recorder.make(tagPages) { ([renderer.tagPage($0.0, page: $0.1)], []) })
        recorder.emit([tagsPage()])
        options.stage("open data")
        let export = factsExport()
        recorder.emit([OutputFile(path: OutputPaths.factsCSV, contents: export.csvData)])
        recorder.emit([OutputFile(path: OutputPaths.factsJSON, contents: export.jsonData)])
        recorder.emit([siteFeed(), notFoundPage()])
        options.stage("search index")
        recorder.emit(searchFiles())
        // A file of the site's content/static/ replaces the theme's file of the same path.
        recorder.emit(theme.staticFiles.filter { site.staticFiles[$0.key] == nil }.sorted(by: { $0.key < $1.key })
            .map { OutputFile(path: $0.key, contents: $0.value) })
        recorder.emit(site.staticFiles.sorted(by: { $0.key < $1.key }).compactMap { output, input in
            source.contents(of: input).map { OutputFile(path: output, contents: $0) }
        })
        if site.config.baseURL != nil { recorder.emit(sitemapAndRobots(recorder.paths)) }
        options.stage("checking links")
        diagnostics.append(contentsOf: recorder.brokenLinks())
    }

    // MARK: - Home

    func homePage(_ page: Int, of pages: Int) -> OutputFile {
        let perPage = site.config.perPage
        let path = OutputPaths.home(page: page)
        var view = context.base(path: path, title: page == 1 ? nil : "\(theme.strings[.latestArticles]) – \(theme.strings[.page]) \(page)")
        let slice = site.articles.dropFirst((page - 1) * perPage).prefix(perPage)
        view["articles"] = slice.map { context.articleItem($0, from: path) }
        view["has_articles"] = !slice.isEmpty
        if page == 1 {
            let provinces = site.gazetteer.roots.compactMap { province -> [String: Any]? in
                guard let count = index.articlesByLocality[province]?.count else { return nil }
                var item = context.locality(province, from: path)
                item["article_count"] = VietnameseNumberFormat.integer(count)
                return item
            }
            view["provinces"] = provinces
            view["has_provinces"] = !provinces.isEmpty
            view["has_headline"] = true
            view["headline"] = [
                ["value": VietnameseNumberFormat.integer(site.articles.count), "label": theme.strings[.articlesCount]],
                ["value": VietnameseNumberFormat.integer(index.localitiesWithPages.count), "label": theme.strings[.localitiesCount]],
                ["value": VietnameseNumberFormat.integer(index.facts.count), "label": theme.strings[.figuresCount]],
            ]
        }
        if let pagination = context.pagination(page: page, pages: pages, path: path, pagePath: { OutputPaths.home(page: $0) }) {
            view["pagination"] = pagination
        }
        return OutputFile(path: path, text: templates.render("home", view))
    }

    // MARK: - Articles and pages

    /// The body's HTML with links resolved and fact blocks replaced by fact cards.
    private func body(_ document: MarkdownDocument, sourcePath: String, bodyLine: Int, factBlocks: [FactBlock], path: String,
                      title: String, files: inout [OutputFile], diagnostics: inout DiagnosticBag) -> String {
        let resolver = ContentLinkResolver(site: site, source: source, links: links)
        let cards = FactCardView(context: context)
        let charts = ChartViews(site: site, strings: theme.strings, publishing: ChartPublishing(
            page: path, pageTitle: title, context: context, templates: templates))
        var assets: [OutputFile] = []
        var problems: [Diagnostic] = []
        // Fact blocks are numbered among themselves; the captured blocks also hold tables.
        var factIndex: [Int: Int] = [:]
        for (index, block) in document.blocks.enumerated() where block.info == "facts" { factIndex[index] = factIndex.count }
        let html = document.filled(
            link: { _, link in
                let location = ContentLinkResolver.location(of: link, in: sourcePath, bodyLine: bodyLine)
                switch resolver.resolve(link, in: sourcePath, at: location, from: path) {
                case .success(let resolved):
                    if let asset = resolved.asset { assets.append(asset) }
                    return resolved.href
                case .failure(let diagnostic):
                    problems.append(diagnostic)
                    return ""
                }
            },
            block: { index, block in
                if block.info == DataTable.info { return DataTable.html(of: block) }
                guard let fact = factIndex[index], fact < factBlocks.count else { return "" }
                return templates.render("fact-card", cards.make(factBlocks[fact], from: path, charts: charts))
            },
            image: { _, shown in
                let location = ContentLinkResolver.location(of: shown, in: sourcePath, bodyLine: bodyLine)
                switch resolver.resolve(shown, in: sourcePath, at: location, from: path) {
                case .success(let resolved):
                    if let asset = resolved.asset { assets.append(asset) }
                    let made = picture(shown, resolved, page: path, at: location, lazy: true)
                    assets += made.files
                    problems += made.diagnostics
                    let markup = made.markup
                    if ImagePlan.isDecorative(title: shown.title) || !shown.standsAlone {
                        return shown.standsAlone ? "<p>\(markup.image)</p>" : markup.image
                    }
                    return markup.figure
                case .failure(let diagnostic):
                    problems.append(diagnostic)
                    return ""
                }
            }
        )
        files += assets + charts.files
        diagnostics.append(contentsOf: problems)
        return html
    }

    /// The picture a link names, with its size and smaller copies.
    private func picture(_ picture: MarkdownLink, _ resolved: ContentLinkResolver.Resolved, page: String,
                         at location: SourceLocation, lazy: Bool) -> PictureMaker.Made {
        let maker = PictureMaker(processor: images, links: links)
        let fallback = PictureMaker.Made(markup: FigureMarkup(src: resolved.href, alt: picture.text, caption: picture.title, lazy: lazy))
        guard let target = resolved.target, let data = resolved.asset?.contents ?? source.contents(of: target) else { return fallback }
        let name = String(target.split(separator: "/").last ?? "")
        return maker.make(picture, data: data, href: resolved.href, name: name, page: page, at: location, lazy: lazy)
    }

    /// The article's parsed body, taken from the article so that its memory goes with the page;
    /// parsed again from its file when it was let go already (by the loader, to save memory).
    private func document(of article: Article) -> MarkdownDocument {
        if let document = article.body.take() { return document }
        guard let data = source.contents(of: article.sourcePath), let text = String(validatingUTF8Data: data),
              case .success(let parts) = FrontMatterSplitter.split(text)
        else { return article.document }
        return MarkdownParser.parse(parts.body, capturing: ArticleParser.capturedBlocks)
    }

    private func articlePage(_ article: Article) -> ([OutputFile], [Diagnostic]) {
        let path = OutputPaths.article(article.slug)
        var diagnostics = DiagnosticBag()
        var files: [OutputFile] = []
        var item = context.articleItem(article, from: path)
        let document = document(of: article)
        search.keep(HTMLText.plain(document.html), for: article.sourcePath)
        let html = body(document, sourcePath: article.sourcePath, bodyLine: article.bodyLine,
                        factBlocks: article.factBlocks, path: path, title: article.title, files: &files, diagnostics: &diagnostics)
        item["body"] = HeadingAnchors.add(to: html, linkText: theme.strings[.headingLink],
                                          taken: ["main"])
        item["breadcrumb"] = context.breadcrumb(article.locality, from: path)
        if let author = article.author { item["author"] = author }
        if let source = article.source { item["source"] = source }
        if let url = article.sourceURL { item["source_url"] = url }
        if !article.tags.isEmpty {
            item["tags"] = article.tags.map { tag -> [String: Any] in
                ["name": tag, "url": links.link(from: path, to: OutputPaths.tag(VietnameseSlug.make(tag)))]
            }
            item["has_tags"] = true
        }
        let mentioned = article.localities.filter { $0 != article.locality }
        if !mentioned.isEmpty {
            item["mentioned"] = mentioned.map { context.locality($0, from: path) }
            item["has_mentioned"] = true
        }
        if let period = article.period { item["period"] = period.display }
        if !article.corrections.isEmpty {
            item["corrections"] = article.corrections.map { ["date": $0.date.vietnamese, "datetime": $0.date.datetime, "text": $0.text] }
            item["has_corrections"] = true
            item["updated"] = article.updated.vietnamese
            item["updated_datetime"] = article.updated.datetime
        }
        if let image = article.image, let location = article.imageLocation {
            let resolver = ContentLinkResolver(site: site, source: source, links: links)
            let link = MarkdownLink(destination: image, isImage: true, line: location.line, column: location.column,
                                    text: article.imageAlt ?? "")
            switch resolver.resolve(link, in: article.sourcePath, at: location, from: path) {
            case .success(let resolved):
                if let asset = resolved.asset { files.append(asset) }
                item["image_url"] = resolved.href
                item["image_alt"] = article.imageAlt ?? ""
                // The article's own picture is at the top of the page: it loads at once.
                let made = picture(link, resolved, page: path, at: location, lazy: false)
                files += made.files
                diagnostics.append(contentsOf: made.diagnostics)
                item["image_html"] = made.markup.image
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        var view = context.base(path: path, title: article.title, description: article.summary)
        view["article"] = item
        view["og_type"] = "article"
        view["published_time"] = article.date.iso8601
        let image = (item["image_url"] as? String).map { href in
            PathNormalizer.normalize(PathNormalizer.folder(of: path) + href).flatMap(links.absolute) ?? href
        }
        if let image { view["og_image"] = image }
        view["structured_data"] = newsArticle(article, path: path, image: image)
        files.append(OutputFile(path: path, text: templates.render("article", view)))
        return (Self.unique(files, of: path, diagnostics: &diagnostics), diagnostics.diagnostics)
    }

    /// The article as a schema.org `NewsArticle`. `dateModified` is the newest correction's day,
    /// else the date of publication again, as search engines ask for both.
    private func newsArticle(_ article: Article, path: String, image: String?) -> String {
        var pairs: [(String, StructuredData.Value)] = [
            ("@context", .text("https://schema.org")),
            ("@type", .text("NewsArticle")),
            ("headline", .text(article.title)),
            ("datePublished", .text(article.date.iso8601)),
            ("dateModified", .text(article.updated.iso8601)),
            ("inLanguage", .text(site.config.language)),
            ("description", .text(article.summary)),
        ]
        if let url = links.absolute(path) { pairs.append(("mainEntityOfPage", .text(url))) }
        if let image { pairs.append(("image", .array([.text(image)]))) }
        if let author = article.author {
            pairs.append(("author", .array([.object([("@type", .text("Person")), ("name", .text(author))])])))
        }
        pairs.append(("publisher", StructuredData.publisher(name: site.config.title, url: links.absolute(OutputPaths.home()))))
        let places = site.gazetteer.lineage(of: article.locality).reversed().map { site.gazetteer[$0].title }
        if let place = StructuredData.place(Array(places)) { pairs.append(("contentLocation", place)) }
        return StructuredData.json(.object(pairs))
    }

    /// A page's files with each path once. The same picture linked twice is copied once; two
    /// different files for one path (two pictures of one name, a file named like the page) would
    /// race in the writer, and are an error.
    static func unique(_ files: [OutputFile], of page: String, diagnostics: inout DiagnosticBag) -> [OutputFile] {
        var seen: [String: Data] = [:]
        var result: [OutputFile] = []
        for file in files {
            guard let earlier = seen[file.path] else {
                seen[file.path] = file.contents
                result.append(file)
                continue
            }
            if earlier != file.contents {
                diagnostics.error(.outputClash, "two different files would be written to \(file.path)", at: nil,
                                  hint: "the page \(page) links to two files of that name, or to one named like the page; rename one")
            }
        }
        return result
    }

    private func freePage(_ page: Page) -> ([OutputFile], [Diagnostic]) {
        let path = OutputPaths.page(page.slug)
        var diagnostics = DiagnosticBag()
        var files: [OutputFile] = []
        var view = context.base(path: path, title: page.title, description: page.description)
        view["page"] = [
            "title": page.title,
            "body": body(page.document, sourcePath: page.sourcePath, bodyLine: page.bodyLine, factBlocks: [],
                         path: path, title: page.title, files: &files, diagnostics: &diagnostics),
        ]
        files.append(OutputFile(path: path, text: templates.render("page", view)))
        return (Self.unique(files, of: path, diagnostics: &diagnostics), diagnostics.diagnostics)
    }

    // MARK: - Tags

    /// The list of every tag.
    func tagsPage() -> OutputFile {
        let path = OutputPaths.tags
        var view = context.base(path: path, title: theme.strings[.tags])
        view["tags"] = index.articlesByTag.sorted { $0.key < $1.key }.map { slug, tag -> [String: Any] in
            ["name": tag.name, "count": VietnameseNumberFormat.integer(tag.articles.count), "url": links.link(from: path, to: OutputPaths.tag(slug))]
        }
        return OutputFile(path: path, text: templates.render("tags", view))
    }

    func tagPage(_ slug: String, page: Int) -> OutputFile {
        let tag = index.articlesByTag[slug]!
        let perPage = site.config.perPage
        let pages = site.config.pageCount(tag.articles.count)
        let path = OutputPaths.tag(slug, page: page)
        var view = context.base(path: path, title: "\(theme.strings[.tag]): \(tag.name)")
        view["tag"] = ["name": tag.name, "count": VietnameseNumberFormat.integer(tag.articles.count)]
        view["tags_url"] = links.link(from: path, to: OutputPaths.tags)
        let slice = tag.articles.dropFirst((page - 1) * perPage).prefix(perPage)
        view["articles"] = slice.map { context.articleItem(site.articles[$0], from: path) }
        if let pagination = context.pagination(page: page, pages: pages, path: path, pagePath: { OutputPaths.tag(slug, page: $0) }) {
            view["pagination"] = pagination
        }
        return OutputFile(path: path, text: templates.render("tag", view))
    }

    // MARK: - Data, feeds, search, sitemap

    /// The figures as open data, written in CSV and JSON one after the other (each is large).
    func factsExport() -> FactsExport {
        FactsExport(site: site, index: index) { article in
            let target = OutputPaths.article(article.slug)
            return links.absolute(target) ?? String(target.dropLast("index.html".count))
        }
    }

    func siteFeed() -> OutputFile {
        let feed = FeedBuilder(site: site, links: links).feed(
            title: site.config.title, path: OutputPaths.feed, page: OutputPaths.home(), articles: Array(site.articles.prefix(20))
        )
        return OutputFile(path: OutputPaths.feed, text: feed.xml)
    }

    /// A 404 page; with base_url its links are absolute, since it is served at any depth.
    private func notFoundPage() -> OutputFile {
        let path = OutputPaths.notFound
        var view = context.base(path: path, title: theme.strings[.notFound])
        if let base = site.config.baseURL {
            view["root"] = base
            view["home_url"] = base
            view["localities_url"] = base + OutputPaths.localitiesFolder
            view["data_csv_url"] = base + OutputPaths.factsCSV
            view["data_json_url"] = base + OutputPaths.factsJSON
            view["feed_url"] = base + OutputPaths.feed
            view["search_url"] = base + OutputPaths.searchFolder
            view["tags_url"] = base + OutputPaths.tagsFolder
            view["statistics_url"] = base + OutputPaths.statisticsFolder
        }
        return OutputFile(path: path, text: templates.render("404", view))
    }

    /// What search knows of an article; its body from `search`, kept as its page was made.
    func searchDocument(_ article: Article) -> SearchDocument {
        let url = String(OutputPaths.article(article.slug).dropLast(links.baseURL == nil ? 0 : "index.html".count))
        let places = ([article.locality] + article.localities).flatMap { site.gazetteer.lineage(of: $0) }
        var about = places.map { site.gazetteer[$0].title } + article.tags
        about += article.facts.compactMap { site.schema[$0.metric]?.label }
        about.append(article.summary)
        // NUL ends a field of the build cache, which keeps these: it is a space here, as it is there.
        let clean = { (text: String) in text.utf8.contains(0) ? text.replacingOccurrences(of: "\0", with: " ") : text }
        return SearchDocument(title: clean(article.title), url: url, date: article.date.vietnamese, place: clean(site.gazetteer[article.locality].title),
                              about: clean(about.joined(separator: "\n")), body: clean(search.take(article.sourcePath) ?? ""), summary: clean(article.summary))
    }

    /// The search page and the index under `tim-kiem/`.
    func searchFiles() -> [OutputFile] {
        let renderer = self
        let documents = Parallel.map(site.articles) { ($0.sourcePath, renderer.searchDocument($0)) }
        let files = SearchIndex(documents: documents.map(\.1)).files(folder: OutputPaths.searchFolder)
        search.record(documents.map { (path: $0.0, document: $0.1) }, files: files)
        return [searchPage()] + files
    }

    /// The index again after an edit of some articles: `previous` (the index the cache kept) with
    /// their documents made anew, and of its files those that changed; nil when the files are not
    /// the same set (a full build then writes them).
    func searchFiles(after previous: [(path: String, document: SearchDocument)], hashes: [String: String],
                     edited: [Article]) -> [OutputFile]? {
        let byPath = Dictionary(uniqueKeysWithValues: edited.map { ($0.sourcePath, $0) })
        let documents = previous.map { path, document in (path: path, document: byPath[path].map(searchDocument) ?? document) }
        let files = SearchIndex(documents: documents.map(\.document)).files(folder: OutputPaths.searchFolder)
        guard Set(files.map(\.path)) == Set(hashes.keys) else { return nil }
        search.record(documents, files: files)
        return files.filter { hashes[$0.path] != StableHash.of($0.contents) }
    }

    func searchPage() -> OutputFile {
        let path = OutputPaths.search
        var view = context.base(path: path, title: theme.strings[.search])
        view["search_index_url"] = links.link(from: path, to: OutputPaths.searchIndex)
        return OutputFile(path: path, text: templates.render("search", view))
    }

    func sitemapAndRobots(_ paths: [String]) -> [OutputFile] {
        guard let base = site.config.baseURL else { return [] }
        // Embed pages repeat a chart of a page listed already: they are not for search engines.
        let pages = paths.filter { $0.hasSuffix("index.html") && !$0.hasPrefix(OutputPaths.embeds) }.sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(XMLEscaping.escape(links.absolute(page) ?? page))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return [
            OutputFile(path: OutputPaths.sitemap, text: xml),
            OutputFile(path: OutputPaths.robots, text: "User-agent: *\nAllow: /\n\nSitemap: \(base)\(OutputPaths.sitemap)\n"),
        ]
    }
}
