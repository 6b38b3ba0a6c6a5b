import BantinCore
import BantinMarkdown
import Foundation

/// One fuzz input run through the parser its first byte names, with the invariants every answer keeps.
///
/// Shared by the libFuzzer harness (`fuzz/`) and by the tests that replay its findings
/// (`Tests/Fixtures/fuzz-regressions/`), so a finding is replayed exactly as it was found.
/// Every input must end in a result or a diagnostic; a trap is a finding, and so is a
/// broken invariant, which is reported in `violations` rather than as a trap.
enum FuzzTarget {
    /// What the first byte selects (modulo the count).
    enum Parser: UInt8, CaseIterable {
        /// Front matter and body of one article, against the fixed gazetteer and schema.
        case article
        /// The YAML inside a ```` ```facts ```` block.
        case facts
        /// `content/schema.yaml`.
        case schema
        /// `content/localities.yaml`, then lookups in it.
        case gazetteer
        /// Vietnamese and plain number notation, dates, periods and slugs.
        case numbers
        /// CommonMark through cmark, with placeholders filled.
        case markdown
        /// The whole pipeline: a small site built in memory around the input as one article.
        case site
        /// The whole pipeline with the input as `site.yaml`.
        case siteConfig
        /// A free page of `content/pages/`.
        case page
        /// The whole pipeline with any files replaced: `==> path` lines start each file.
        case siteFiles
    }

    struct Outcome {
        /// What the parser answered, diagnostics as the command line prints them: deterministic.
        var transcript: String
        /// Broken invariants: each one is a bug.
        var violations: [String]
    }

    static func parser(for bytes: [UInt8]) -> Parser {
        Parser(rawValue: (bytes.first ?? 0) % UInt8(Parser.allCases.count))!
    }

    static func run(_ bytes: [UInt8]) -> Outcome {
        let body = Array(bytes.dropFirst())
        var run = Run()
        switch parser(for: bytes) {
        case .article: run.article(body)
        case .facts: run.facts(body)
        case .schema: run.schema(body)
        case .gazetteer: run.gazetteer(body)
        case .numbers: run.numbers(body)
        case .markdown: run.markdown(body)
        case .site: run.site(replacing: [FuzzWorld.fuzzArticlePath: Data(body)])
        case .siteConfig: run.site(replacing: ["site.yaml": Data(body)])
        case .page: run.page(body)
        case .siteFiles: run.site(replacing: FuzzWorld.files(in: body))
        }
        return Outcome(transcript: run.transcript, violations: run.violations)
    }

    /// The input as one byte for the parser, then the text.
    static func input(_ parser: Parser, _ text: String) -> [UInt8] {
        [parser.rawValue] + Array(text.utf8)
    }
}

/// The state of one run: what was answered and what went wrong.
private struct Run {
    var transcript = ""
    var violations: [String] = []

    mutating func say(_ line: String) {
        transcript += line + "\n"
    }

    mutating func violated(_ problem: String) {
        violations.append(problem)
    }

    /// Text as a user's editor would hand it over: invalid bytes become U+FFFD.
    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Prints the diagnostics and checks that each points into `file` (when given) at a real place.
    mutating func report(_ diagnostics: [Diagnostic], file: SourceFile?, lines: SourceLines? = nil) {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        let formatter = DiagnosticFormatter(lines: lines ?? SourceLines(file.map { MemorySiteSource([$0.path: $0.text]) }))
        for diagnostic in bag.sorted {
            transcript += formatter.format(diagnostic)
            let places = [diagnostic.location] + diagnostic.notes.map(\.location)
            for case let location? in places {
                if location.line < 1 || location.column < 1 {
                    violated("diagnostic '\(diagnostic.message)' at \(location.file):\(location.line):\(location.column)")
                }
                if let file, location.file == file.path, location.line > file.lineCount {
                    violated("diagnostic '\(diagnostic.message)' at line \(location.line) of a file of \(file.lineCount) lines")
                }
            }
        }
    }

    // MARK: Single parsers

    mutating func article(_ bytes: [UInt8]) {
        let file = SourceFile(path: FuzzWorld.fuzzArticlePath, text: Self.text(bytes))
        switch FrontMatterSplitter.split(file.text) {
        case .success(let parts):
            say("front matter: \(parts.frontMatter.utf8.count) bytes from line \(parts.frontMatterLine), body from line \(parts.bodyLine)")
            if parts.bodyLine < 3 || parts.bodyLine > file.lineCount + 1 {
                violated("body line \(parts.bodyLine) in a file of \(file.lineCount) lines")
            }
        case .failure(let failure):
            say("front matter: \(failure)")
        }
        let (article, diagnostics) = ArticleParser(gazetteer: FuzzWorld.gazetteer, schema: FuzzWorld.schema).parse(file)
        report(diagnostics, file: file)
        guard let article else {
            say("no article")
            if !diagnostics.contains(where: { $0.severity == .error }) { violated("no article and no error") }
            return
        }
        say("article '\(article.slug)': \(article.facts.count) facts, \(article.document.links.count) links")
        if !VietnameseSlug.isValid(article.slug) { violated("the slug '\(article.slug)' is not a slug") }
        for fact in article.facts {
            guard let metric = FuzzWorld.schema[fact.metric] else {
                violated("fact of unknown metric \(fact.metric)")
                continue
            }
            let value = FactFormatter.value(fact, metric: metric)
            say("  \(fact.metric) \(fact.period): \(value)")
            if !fact.value.isFinite { violated("\(fact.metric) has the value \(fact.value)") }
        }
    }

    mutating func facts(_ bytes: [UInt8]) {
        let content = Self.text(bytes)
        // The block as it sits in a body: the fence on line 1, the YAML from line 2.
        let file = SourceFile(path: FuzzWorld.fuzzArticlePath, text: "```facts\n" + content + "\n```\n")
        let block = CapturedBlock(info: "facts", content: content, fenceLine: 1, fenceColumn: 1, contentLine: 2, contentColumn: 1)
        var diagnostics = DiagnosticBag()
        let reader = FactBlockReader(gazetteer: FuzzWorld.gazetteer, schema: FuzzWorld.schema)
        let defaults = FactBlockReader.Defaults(locality: FuzzWorld.gazetteer.index(ofKey: "lam-dong") ?? 0, period: .year(2024))
        let read = reader.read(block, in: file, bodyLine: 1, defaults: defaults, diagnostics: &diagnostics)
        report(diagnostics.diagnostics, file: file)
        say("block: \(read.facts.count) facts for \(FuzzWorld.gazetteer[read.locality].path) in \(read.period)")
        for fact in read.facts {
            guard let metric = FuzzWorld.schema[fact.metric] else { continue }
            say("  \(fact.metric): \(FactFormatter.value(fact, metric: metric))")
            if !fact.value.isFinite { violated("\(fact.metric) has the value \(fact.value)") }
        }
    }

    mutating func schema(_ bytes: [UInt8]) {
        let file = SourceFile(path: SchemaParser.path, text: Self.text(bytes))
        var diagnostics = DiagnosticBag()
        let schema = SchemaParser.parse(file, diagnostics: &diagnostics)
        report(diagnostics.diagnostics, file: file)
        say("schema: \(schema.ids.joined(separator: ", "))")
        for id in schema.ids where !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
            violated("metric id '\(id)' would name a folder")
        }
    }

    mutating func gazetteer(_ bytes: [UInt8]) {
        let file = SourceFile(path: GazetteerParser.path, text: Self.text(bytes))
        var diagnostics = DiagnosticBag()
        let gazetteer = GazetteerParser.parse(file, diagnostics: &diagnostics)
        report(diagnostics.diagnostics, file: file)
        say("gazetteer: \(gazetteer.localities.count) units")
        // The units the file wrote or added: checking all 15,000 national ones would slow every run.
        for locality in gazetteer.localities where locality.location != nil {
            if !VietnameseSlug.isValid(locality.id) { violated("id '\(locality.id)' is not a slug") }
            if PathNormalizer.normalize(locality.path) != locality.path || locality.path.hasPrefix("/") {
                violated("path '\(locality.path)' is not a clean relative path")
            }
            if case .success(let index) = gazetteer.resolve(locality.path, in: locality.era), index != locality.index {
                violated("'\(locality.path)' resolves to another unit")
            }
            _ = gazetteer.lineage(of: locality.index)
            _ = locality.title
        }
        for reference in ["lam-dong/lam-ha", "lam-ha", "tan-thanh", "x/y/z", "", "80"] {
            switch gazetteer.resolve(reference, in: .threeLevel) {
            case .success(let index): say("  \(reference) → \(gazetteer[index].path)")
            case .failure(let failure): say("  \(reference) → \(failure)")
            }
        }
    }

    mutating func numbers(_ bytes: [UInt8]) {
        let text = Self.text(bytes)
        switch VietnameseNumberParser.parse(text) {
        case .success(let number):
            let written = VietnameseNumberFormat.written(number)
            say("vietnamese: \(written) (\(number.fractionDigits) digits), \(VietnameseNumberFormat.number(number.value)), \(VietnameseNumberFormat.compact(number.value))")
            if number.value.isFinite, case .success(let again) = VietnameseNumberParser.parse(written), again.value != number.value {
                violated("'\(written)' reads back as \(again.value), not \(number.value)")
            }
        case .failure(let failure):
            say("vietnamese: \(failure)")
        }
        if let plain = VietnameseNumberParser.parsePlain(text) {
            say("plain: \(VietnameseNumberFormat.written(plain)), \(VietnameseNumberFormat.percent(plain.value, fractionDigits: min(plain.fractionDigits, 20)))")
        } else {
            say("plain: not a number")
        }
        switch ArticleDate.parse(text) {
        case .success(let date):
            say("date: \(date.iso8601) \(date.vietnamese) next \(date.nextDay.isoDay)")
            if case .success(let again) = ArticleDate.parse(date.iso8601), again != date {
                violated("date \(date.iso8601) reads back as \(again.iso8601)")
            }
            let next = date.nextDay
            if next.day > ArticleDate.daysIn(month: next.month, year: next.year) || next.epochSeconds <= date.epochSeconds {
                violated("the day after \(date.isoDay) is \(next.isoDay)")
            }
        case .failure(let failure):
            say("date: \(failure)")
        }
        if let period = Period.parse(text) {
            say("period: \(period) \(period.display)")
            if Period.parse(period.description) != period { violated("period \(period) does not read back") }
        } else {
            say("period: none")
        }
        let slug = VietnameseSlug.make(text)
        say("slug: \(slug)")
        if !slug.isEmpty && !VietnameseSlug.isValid(slug) { violated("slug '\(slug)' is not valid") }
        if slug.contains("/") || slug.contains(".") { violated("slug '\(slug)' could climb folders") }
    }

    mutating func markdown(_ bytes: [UInt8]) {
        let text = Self.text(bytes)
        let document = MarkdownParser.parse(text)
        say("markdown: \(document.links.count) links, \(document.blocks.count) blocks, \(document.html.utf8.count) bytes")
        let lines = SourceFile(path: "body.md", text: text).lineCount
        for link in document.links where link.line < 1 || link.column < 1 || link.line > lines {
            violated("link '\(link.destination)' at \(link.line):\(link.column) of \(lines) lines")
        }
        for block in document.blocks where block.fenceLine < 1 || block.fenceLine > lines {
            violated("block at line \(block.fenceLine) of \(lines) lines")
        }
        // Every relative link resolves to a harmless address; every block to a marker.
        let html = document.filled(link: { index, _ in "resolved-\(index).html" }, block: { index, _ in "<div class=\"block-\(index)\"></div>" })
        for problem in OutputAudit.html(html, allowScripts: false) { violated("markdown: \(problem)") }
        if html.contains(document.placeholderPrefix) && !text.contains(document.placeholderPrefix) {
            violated("a placeholder was left in the page")
        }
    }

    mutating func page(_ bytes: [UInt8]) {
        let file = SourceFile(path: "content/pages/fuzz.md", text: Self.text(bytes))
        let (page, diagnostics) = PageParser.parse(file)
        report(diagnostics, file: file)
        guard let page else {
            say("no page")
            return
        }
        say("page '\(page.slug)'")
        if !VietnameseSlug.isValid(page.slug) { violated("the slug '\(page.slug)' is not a slug") }
    }

    // MARK: The whole pipeline

    mutating func site(replacing changes: [String: Data]) {
        var files = FuzzWorld.siteFiles
        for (path, data) in changes { files[path] = data }
        let result = SiteBuilder(source: MemorySiteSource(files: files)).build()
        report(result.diagnostics, file: nil, lines: result.lines)
        for diagnostic in result.diagnostics {
            if let file = diagnostic.location?.file, files[file] == nil, !file.hasPrefix("(built-in default theme)/") {
                violated("diagnostic '\(diagnostic.message)' names '\(file)', which is not a file of the site")
            }
        }
        guard result.succeeded else {
            say("build failed: \(result.errorCount) errors")
            if !result.files.isEmpty { violated("a failed build returned files") }
            return
        }
        say("built")
        for page in result.files.map(\.path) where page.hasPrefix("bai-viet/") { say("  \(page)") }
        for problem in OutputAudit.site(result.files) { violated(problem) }
    }
}

/// The fixed site around the input: a gazetteer and schema like the example's, one other article, a page, images.
enum FuzzWorld {
    static let fuzzArticlePath = "content/articles/2024/fuzz.md"

    static let siteYAML = """
        title: Bản tin thử nghiệm
        description: Tin và số liệu
        language: vi
        theme: default
        base_url: https://example.gov.vn/bantin/
        per_page: 2

        """

    static let localitiesYAML = """
        - name: Lâm Đồng
          kind: tỉnh
          children:
            - name: Lâm Hà
              kind: huyện
              children:
                - {name: Đinh Văn, kind: thị trấn}
                - {name: Nam Ban, kind: thị trấn}
                - {name: Đạ Đờn, kind: xã}
                - {name: Tân Thanh, kind: xã}
            - name: Đức Trọng
              kind: huyện
              children:
                - {name: Tân Thanh, kind: xã}
        - name: Lai Châu
          kind: tỉnh
          children:
            - name: Lai Châu
              kind: thành phố
        - name: Bình Định
          kind: tỉnh
        - name: Long An
          kind: tỉnh
          children:
            - {name: Cần Đước, kind: huyện}
        - name: Tây Ninh
          kind: tỉnh

        """

    static let schemaYAML = """
        metrics:
          propaganda_sessions:
            label: Buổi tuyên truyền
            unit: buổi
            kind: count
            group: Tuyên truyền
            description: Buổi tuyên truyền pháp luật
          propaganda_attendees:
            label: Lượt người dự tuyên truyền
            unit: lượt người
            kind: count
            group: Tuyên truyền
          valuable_tips:
            label: Tin có giá trị
            unit: tin
            kind: count
          cases_solved:
            label: Vụ phạm tội được làm rõ
            unit: vụ
            kind: ratio
            group: Phòng chống tội phạm
          crime_reports_resolved:
            label: Tin báo được giải quyết
            unit: tin
            kind: ratio
          gift_value:
            label: Giá trị quà tặng
            unit: đồng
            kind: amount
          festival_sites:
            label: Điểm tổ chức Ngày hội
            unit: điểm
            kind: count
            parts: {provincial: Cấp tỉnh, district: Cấp huyện, commune: Cấp xã}
          households_pledged:
            label: Tỷ lệ hộ ký cam kết
            unit: "%"
            kind: percent

        """

    static let otherArticle = """
        ---
        title: Lai Châu ra mắt mô hình
        date: 2024-03-02T08:00:00+07:00
        locality: lai-chau/lai-chau
        tags: [mô hình, tuyên truyền]
        image: /anh/hoi-nghi.jpg
        image_alt: Hội nghị
        source: Báo Lai Châu
        source_url: https://example.vn/bai
        ---

        Ra mắt mô hình [xem ảnh](anh.jpg).

        ```facts
        period: 2023
        values:
          propaganda_sessions: 825
          cases_solved: {value: 103, of: 107, percent: 96.3}
          festival_sites: {value: 12, parts: {provincial: 1, district: 3, commune: 8}}
        ```

        """

    static let page = """
        ---
        title: Giới thiệu
        menu: true
        ---

        Bản tin của phong trào.

        """

    static let siteFiles: [String: Data] = [
        "site.yaml": Data(siteYAML.utf8),
        "content/localities.yaml": Data(localitiesYAML.utf8),
        "content/schema.yaml": Data(schemaYAML.utf8),
        "content/articles/2024/lai-chau.md": Data(otherArticle.utf8),
        "content/articles/2024/anh.jpg": Data([0xFF, 0xD8, 0xFF, 0xD9]),
        "content/static/anh/hoi-nghi.jpg": Data([0xFF, 0xD8, 0xFF, 0xD9]),
        "content/pages/gioi-thieu.md": Data(page.utf8),
        fuzzArticlePath: Data("---\ntitle: Bài thử\ndate: 2024-05-01\nlocality: lam-dong/lam-ha\n---\n\nNội dung.\n".utf8),
    ]

    static let gazetteer: Gazetteer = {
        var diagnostics = DiagnosticBag()
        return GazetteerParser.parse(SourceFile(path: GazetteerParser.path, text: localitiesYAML), diagnostics: &diagnostics)
    }()

    static let schema: MetricSchema = {
        var diagnostics = DiagnosticBag()
        return SchemaParser.parse(SourceFile(path: SchemaParser.path, text: schemaYAML), diagnostics: &diagnostics)
    }()

    /// Files written one after the other, each after a line `==> path`; text before the first is ignored.
    static func files(in bytes: [UInt8]) -> [String: Data] {
        var files: [String: Data] = [:]
        var path: String?
        var current: [UInt8] = []
        let marker = Array("==> ".utf8)
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if line.starts(with: marker) {
                if let path { files[path] = Data(current) }
                path = String(decoding: line.dropFirst(marker.count), as: UTF8.self)
                current = []
            } else if path != nil {
                current += line
                current.append(UInt8(ascii: "\n"))
            }
        }
        if let path { files[path] = Data(current) }
        return files
    }
}
