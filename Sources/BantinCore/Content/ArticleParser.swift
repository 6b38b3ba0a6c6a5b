import BantinMarkdown
import Yams

/// Reads one article: front matter checked key by key, body parsed by cmark, fact blocks read.
///
/// Pure: it takes the file's text and the site's gazetteer and schema, and returns the
/// article with every problem found in it, so articles can be parsed in parallel.
public struct ArticleParser: Sendable {
    public static let knownKeys = [
        "title", "date", "locality", "localities", "author", "source", "source_url", "period",
        "tags", "summary", "image", "image_alt", "draft", "slug", "corrections",
    ]

    /// The fenced blocks an article's body hands over to Bantin: fact blocks and tables.
    public static let capturedBlocks: Set<String> = ["facts", DataTable.info]

    public let gazetteer: Gazetteer
    public let schema: MetricSchema

    public init(gazetteer: Gazetteer, schema: MetricSchema) {
        self.gazetteer = gazetteer
        self.schema = schema
    }

    public func parse(_ file: SourceFile) -> (article: Article?, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file.text) {
        case .success(let split):
            parts = split
        case .failure(.missingOpening):
            diagnostics.error(.noFrontMatter, "the article has no front matter", at: file.location(line: 1, column: 1),
                              hint: "start the file with a '---' line, then 'title:', 'date:' and 'locality:', then another '---' line")
            return (nil, diagnostics.diagnostics)
        case .failure(.unterminated):
            diagnostics.error(.unclosedFrontMatter, "the front matter is not closed", at: file.location(line: 1, column: 1, length: 3),
                              hint: "add a line '---' after the last front matter key")
            return (nil, diagnostics.diagnostics)
        }

        let source = YAMLSource(file: file, lineOffset: parts.frontMatterLine - 1)
        let opening = file.location(line: 1, column: 1, length: 3)
        guard let root = source.compose(parts.frontMatter, into: &diagnostics) else {
            if !diagnostics.hasErrors {
                diagnostics.error(.emptyFrontMatter, "the front matter is empty", at: opening, hint: "add 'title:', 'date:' and 'locality:'")
            }
            return (nil, diagnostics.diagnostics)
        }
        guard let mapping = YAMLMapping(root, source: source, what: "the front matter", knownKeys: Self.knownKeys, diagnostics: &diagnostics) else {
            return (nil, diagnostics.diagnostics)
        }
        mapping.require(["title", "date", "locality"], what: "the front matter", at: opening, diagnostics: &diagnostics)

        let title = mapping.text("title", diagnostics: &diagnostics)
        var date: ArticleDate?
        if let written = mapping.text("date", diagnostics: &diagnostics) {
            switch ArticleDate.parse(written, partial: true) {
            case .success(let parsed): date = parsed
            case .failure(.notACalendarDay(let day)):
                diagnostics.error(.badDate, "'\(day)' is not a day of the calendar", at: mapping.location("date"),
                                  hint: "check the day and the month; the date is written year-month-day")
            case .failure(.outOfRange(let day)):
                diagnostics.error(.dateOutOfRange, "'\(day)' is outside the dates a bulletin may have", at: mapping.location("date"),
                                  hint: "check the year; \(ArticleDate.rangeHint)")
            case .failure:
                diagnostics.error(.badDate, "'\(written)' is not a date", at: mapping.location("date"),
                                  hint: "write 2023-05-26, or 2023-05-26T16:29:00+07:00 with a time, or 2023-05 when only the month is known")
            }
        }
        // The date picks the era of the units the article names.
        let locality = mapping.text("locality", diagnostics: &diagnostics).flatMap {
            resolve($0, at: mapping.location("locality"), in: mapping, on: date, diagnostics: &diagnostics)
        }
        var others: [Int] = []
        for item in mapping.textList("localities", diagnostics: &diagnostics) ?? [] {
            if let index = resolve(item.text, at: item.location, in: mapping, on: date, near: locality, diagnostics: &diagnostics) {
                others.append(index)
            }
        }
        let author = mapping.text("author", diagnostics: &diagnostics)
        let sourceName = mapping.text("source", diagnostics: &diagnostics)
        var sourceURL = mapping.text("source_url", diagnostics: &diagnostics)
        if let url = sourceURL, !(url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")) {
            diagnostics.error(.badURL, "'source_url' must start with https:// or http://", at: mapping.location("source_url"))
            sourceURL = nil
        }
        var period: Period?
        if let written = mapping.text("period", diagnostics: &diagnostics) {
            period = Period.parse(written)
            if period == nil {
                diagnostics.error(.badPeriod, "'\(written)' is not a period", at: mapping.location("period"),
                                  hint: Period.hint)
            }
        }
        let tags = readTags(mapping, diagnostics: &diagnostics)
        let summary = mapping.text("summary", diagnostics: &diagnostics)
        let image = mapping.text("image", diagnostics: &diagnostics)
        let imageAlt = mapping.text("image_alt", diagnostics: &diagnostics)
        if image != nil && imageAlt == nil {
            diagnostics.error(.missingAltText, "'image' is set but 'image_alt' is not", at: source.location(mapping.keyNode("image")!),
                              hint: "describe the picture for readers who cannot see it: 'image_alt: Quang cảnh hội nghị'")
        }
        let draft = mapping.bool("draft", diagnostics: &diagnostics) ?? false
        let (slug, slugLocation) = mapping.slug(title: title, diagnostics: &diagnostics)
        let corrections = readCorrections(mapping, articleDate: date, diagnostics: &diagnostics)

        let document = MarkdownParser.parse(parts.body, capturing: Self.capturedBlocks)
        diagnostics.append(contentsOf: ImageAltCheck.check(document, in: file, bodyLine: parts.bodyLine))
        for block in document.blocks where block.info == DataTable.info {
            diagnostics.append(contentsOf: DataTable.read(block, in: file, path: file.path, bodyLine: parts.bodyLine).diagnostics)
        }
        var factBlocks: [FactBlock] = []
        if let date, let locality {
            let reader = FactBlockReader(gazetteer: gazetteer, schema: schema)
            let defaults = FactBlockReader.Defaults(locality: locality, period: period ?? .year(date.year), date: date)
            for block in document.blocks where block.info == "facts" {
                factBlocks.append(reader.read(block, in: file, bodyLine: parts.bodyLine, defaults: defaults, diagnostics: &diagnostics))
            }
        }

        guard let title, let date, let locality, !diagnostics.hasErrors else {
            return (nil, diagnostics.diagnostics)
        }
        let article = Article(
            sourcePath: file.path, title: title, date: date, locality: locality, localities: others,
            author: author, source: sourceName, sourceURL: sourceURL, period: period, tags: tags,
            summary: summary ?? document.firstParagraph.map(ArticleSummary.from(firstParagraph:)) ?? "", image: image, imageAlt: imageAlt,
            imageLocation: image == nil ? nil : mapping.location("image"),
            draft: draft, slug: slug, slugLocation: slugLocation, body: ArticleBody(document),
            bodyLine: parts.bodyLine, factBlocks: factBlocks, corrections: corrections
        )
        return (article, diagnostics.diagnostics)
    }

    /// The tags, one for each slug: "An ninh", "an ninh" and the same words in NFD are one tag
    /// with one page, so they are one chip, written as the first of them is.
    private func readTags(_ mapping: YAMLMapping, diagnostics: inout DiagnosticBag) -> [String] {
        var tags: [String] = []
        var slugs = Set<String>()
        for item in mapping.textList("tags", diagnostics: &diagnostics) ?? [] {
            let tag = Whitespace.trimming(item.text, where: Whitespace.isSpace)
            let slug = VietnameseSlug.make(tag)
            if slug.isEmpty {
                diagnostics.error(.emptySlug, "the tag '\(tag)' gives an empty slug", at: item.location,
                                  hint: "a tag needs a letter or a digit; write it in words, such as 'an ninh'")
                continue
            }
            if let problem = VietnameseSlug.lengthProblem(slug, what: "the slug of the tag", at: item.location, fix: "shorten the tag") {
                diagnostics.append(problem)
                continue
            }
            if slugs.insert(slug).inserted { tags.append(tag) }
        }
        return tags
    }

    /// The unit a place of the front matter names, in the era of the article's date.
    private func resolve(_ reference: String, at location: SourceLocation, in mapping: YAMLMapping, on date: ArticleDate?,
                         near: Int? = nil, diagnostics: inout DiagnosticBag) -> Int? {
        switch gazetteer.resolve(reference, on: date, near: near) {
        case .success(let index): return index
        case .failure(.outOfEra) where date == nil && mapping["date"] != nil:
            // A date that is there but wrong is reported already; once it is right, the era is checked.
            return nil
        case .failure(let failure):
            diagnostics.append(LocalityReference.diagnostic(for: failure, reference: reference, at: location))
            return nil
        }
    }
}
