import BantinMarkdown
import Foundation

/// Renders every page of a checked site through the theme's templates.
struct SiteRenderer {
    static let requiredTemplates = ["base", "home", "article", "fact-card", "locality", "localities"]

    let site: SiteModel
    let theme: Theme
    let templates: TemplateLibrary
    let source: SiteSource
    let links: LinkBuilder
    let context: PageContext
    let index: SiteIndex

    init(site: SiteModel, theme: Theme, templates: TemplateLibrary, source: SiteSource) {
        self.site = site
        self.theme = theme
        self.templates = templates
        self.source = source
        links = LinkBuilder(baseURL: site.config.baseURL)
        index = SiteIndex(site: site)
        context = PageContext(site: site, theme: theme, links: links, index: index)
    }

    func render(diagnostics: inout DiagnosticBag) -> [OutputFile] {
        var files: [OutputFile] = []
        files += homePages()

        let renderer = self
        let rendered = Parallel.map(Array(site.articles.indices)) { index in
            renderer.articlePage(site.articles[index])
        }
        for (pageFiles, problems) in rendered {
            files += pageFiles
            diagnostics.append(contentsOf: problems)
        }

        let localityPages = LocalityPages(site: site, index: index, context: context, templates: templates)
        let units = index.localitiesWithPages.sorted()
        for pageFiles in Parallel.map(units, { localityPages.render($0) }) {
            files += pageFiles
        }
        files.append(localityPages.provincesPage())
        files += dataFiles()
        files.append(siteFeed())

        for (path, data) in theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: path, contents: data))
        }
        for (output, input) in site.staticFiles.sorted(by: { $0.key < $1.key }) {
            if let data = source.contents(of: input) { files.append(OutputFile(path: output, contents: data)) }
        }
        return files
    }

    /// The figures as open data, in CSV and JSON.
    private func dataFiles() -> [OutputFile] {
        let export = FactsExport(site: site, index: index) { article in
            let target = OutputPaths.article(article.slug)
            return links.absolute(target) ?? String(target.dropLast("index.html".count))
        }
        return [
            OutputFile(path: OutputPaths.factsCSV, text: export.csv),
            OutputFile(path: OutputPaths.factsJSON, text: export.json),
        ]
    }

    private func siteFeed() -> OutputFile {
        let feed = FeedBuilder(site: site, links: links).feed(
            title: site.config.title, path: OutputPaths.feed, page: OutputPaths.home(), articles: Array(site.articles.prefix(20))
        )
        return OutputFile(path: OutputPaths.feed, text: feed.xml)
    }

    private func homePages() -> [OutputFile] {
        let perPage = site.config.perPage
        let pages = max(1, (site.articles.count + perPage - 1) / perPage)
        return (1...pages).map { page in
            let path = OutputPaths.home(page: page)
            var view = context.base(path: path, title: page == 1 ? nil : "\(site.config.title) – \(theme.strings["page"] ?? "Trang") \(page)")
            let slice = site.articles.dropFirst((page - 1) * perPage).prefix(perPage)
            view["articles"] = slice.map { context.articleItem($0, from: path) }
            view["has_articles"] = !slice.isEmpty
            if let pagination = context.pagination(page: page, pages: pages, path: path, pagePath: { OutputPaths.home(page: $0) }) {
                view["pagination"] = pagination
            }
            return OutputFile(path: path, text: templates.render("home", view))
        }
    }

    private func articlePage(_ article: Article) -> ([OutputFile], [Diagnostic]) {
        let path = OutputPaths.article(article.slug)
        var diagnostics = DiagnosticBag()
        var files: [OutputFile] = []
        let resolver = ArticleLinkResolver(site: site, source: source, links: links)
        let cards = FactCardView(context: context)
        let body = article.document.filled(
            link: { _, link in
                switch resolver.resolve(link, in: article, from: path) {
                case .success(let resolved):
                    if let asset = resolved.asset { files.append(asset) }
                    return resolved.href
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                    return ""
                }
            },
            block: { index, _ in
                guard index < article.factBlocks.count else { return "" }
                return templates.render("fact-card", cards.make(article.factBlocks[index], from: path))
            }
        )
        var view = context.base(path: path, title: article.title, description: article.summary)
        var item = context.articleItem(article, from: path)
        item["body"] = body
        item["breadcrumb"] = context.breadcrumb(article.locality, from: path)
        if let author = article.author { item["author"] = author }
        if let source = article.source { item["source"] = source }
        if let url = article.sourceURL { item["source_url"] = url }
        if !article.tags.isEmpty {
            item["tags"] = article.tags.map { ["name": $0] }
            item["has_tags"] = true
        }
        if let period = article.period { item["period"] = period.display }
        if let image = article.image {
            let link = MarkdownLink(destination: image, isImage: true, line: 0, column: 0)
            if case .success(let resolved) = resolver.resolve(link, in: article, from: path, imageFromFrontMatter: true) {
                if let asset = resolved.asset { files.append(asset) }
                item["image_url"] = resolved.href
                item["image_alt"] = article.imageAlt ?? ""
            }
        }
        view["article"] = item
        files.append(OutputFile(path: path, text: templates.render("article", view)))
        return (files, diagnostics.diagnostics)
    }
}
