import BantinMarkdown

/// The problems of an article that do not stop a build: a figure its text states otherwise,
/// a date in the future, raw HTML the page drops, a line that looks like a table.
///
/// Each is printed like an error but only fails a build run with `--strict`.
public struct ArticleWarnings: Sendable {
    public let schema: MetricSchema
    /// The time of the build (seconds since 1970); nil checks no date.
    public let now: Int?
    /// Articles dated in the future are published (`--future`), so they are not warned about.
    public let future: Bool

    public init(schema: MetricSchema, now: Int? = nil, future: Bool = false) {
        self.schema = schema
        self.now = now
        self.future = future
    }

    public func check(_ article: Article, in file: SourceFile) -> [Diagnostic] {
        var bag = DiagnosticBag()
        checkDate(article, in: file, into: &bag)
        checkFigures(article, in: file, into: &bag)
        checkRawHTML(article, in: file, into: &bag)
        checkTables(article, in: file, into: &bag)
        return bag.diagnostics
    }

    // MARK: - A date in the future

    private func checkDate(_ article: Article, in file: SourceFile, into bag: inout DiagnosticBag) {
        guard let now, !future, article.date.epochSeconds > now else { return }
        bag.warning(.futureDate, "the article is dated \(article.date.vietnamese), in the future", at: Self.frontMatterValue("date", in: file),
                    hint: "it is left out of the site until that day; correct the date, or build with --future to publish it now")
    }

    /// Where the value of a top-level front-matter key is written, else the first line.
    static func frontMatterValue(_ key: String, in file: SourceFile) -> SourceLocation {
        var line = 2
        while line <= file.lineCount, let text = file.line(line), text != "---" {
            if text.hasPrefix(key + ":") {
                let scalars = Array(text.unicodeScalars)
                var column = key.unicodeScalars.count + 1
                while column < scalars.count, scalars[column] == " " { column += 1 }
                let value = scalars.count - column
                return file.location(line: line, column: column + 1, length: max(1, value))
            }
            line += 1
        }
        return file.location(line: 1, column: 1, length: 3)
    }

    // MARK: - A figure the text states otherwise

    /// For each fact, the text before its block (back to the previous block) is read. When the
    /// fact's number is nowhere in it but a number stands before the metric's unit or label,
    /// and no other figure of the block has that number, the two disagree.
    private func checkFigures(_ article: Article, in file: SourceFile, into bag: inout DiagnosticBag) {
        let blocks = article.document.blocks.filter { $0.info == "facts" }
        guard blocks.count == article.factBlocks.count else { return }
        var previousEnd = article.bodyLine - 1
        var lastProse: [(line: Int, numbers: [ProseNumber])] = []
        for (captured, block) in zip(blocks, article.factBlocks) {
            let fence = article.bodyLine + captured.fenceLine - 1
            var prose: [(line: Int, numbers: [ProseNumber])] = []
            var hasText = false
            if previousEnd + 1 < fence {
                for line in (previousEnd + 1)..<fence {
                    let text = file.line(line) ?? ""
                    if text.contains(where: { !$0.isWhitespace }) { hasText = true }
                    prose.append((line, ProseNumber.scan(text)))
                }
            }
            if hasText { lastProse = prose }
            // The content's lines end with a newline each: the closing fence is after the last.
            previousEnd = fence + captured.content.split(separator: "\n", omittingEmptySubsequences: false).count
            let numbers = lastProse.flatMap { entry in entry.numbers.map { (line: entry.line, number: $0) } }
            guard !numbers.isEmpty else { continue }
            // How many numbers of the block's figures there are, counted once for the whole block.
            var claims: [Double: Int] = [:]
            for fact in block.facts {
                for value in Self.values(of: fact) { claims[value, default: 0] += 1 }
            }
            let stated = Set(numbers.map(\.number.value.value))
            for fact in block.facts where !stated.contains(fact.written.value) {
                checkFact(fact, claims: claims, numbers: numbers, in: file, into: &bag)
            }
        }
    }

    /// The numbers a figure writes: its value, total, percentage and parts.
    static func values(of fact: Fact) -> [Double] {
        [fact.written.value] + [fact.of?.value, fact.percent?.value].compactMap { $0 } + fact.parts.map(\.value.value)
    }

    private func checkFact(_ fact: Fact, claims: [Double: Int], numbers: [(line: Int, number: ProseNumber)], in file: SourceFile,
                           into bag: inout DiagnosticBag) {
        guard let metric = schema[fact.metric] else { return }
        // Numbers the figures of the block account for (another's value, this one's total) are theirs;
        // this figure's own value is not in the text, or it would not be checked.
        func claimed(_ value: Double) -> Bool { claims[value] != nil }
        let phrases = [metric.unit, metric.label].filter { !$0.isEmpty }
        let candidates = numbers.filter { _, number in
            !claimed(number.value.value) && phrases.contains { number.isFollowed(by: $0) }
        }
        let written = VietnameseNumberFormat.written(fact.written)
        guard let (line, stated) = candidates.min(by: {
            NearestName.editDistance($0.1.text, written) < NearestName.editDistance($1.1.text, written)
        }) else { return }
        let shown = written + (fact.scale.map { " " + $0.word } ?? "")
        bag.warning(.figureDiffersFromText,
            "'\(fact.metric)' is \(shown) here, but the text says \(stated.text) on line \(line)", at: fact.location,
            notes: [.init("the text says \(stated.text) here", at: file.location(line: line, column: stated.column, length: stated.length))],
            hint: "correct the figure that was copied wrongly, in the text or in the fact block"
        )
    }

    // MARK: - Raw HTML

    private func checkRawHTML(_ article: Article, in file: SourceFile, into bag: inout DiagnosticBag) {
        var lines: Set<Int> = []
        for html in article.document.rawHTML {
            let line = article.bodyLine + html.line - 1
            guard lines.insert(line).inserted else { continue }
            let shown = html.text.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(html.text.unicodeScalars.prefix(40))) + "…" : html.text
            bag.warning(.droppedHTML, "the HTML '\(shown)' is dropped from the page", at: file.location(line: line, column: html.column, length: html.text.unicodeScalars.count),
                        hint: "articles are Markdown only: write *italics*, **bold** or [a link](address), or remove the HTML")
        }
    }

    // MARK: - A line that looks like a table

    private func checkTables(_ article: Article, in file: SourceFile, into bag: inout DiagnosticBag) {
        var fence: String?
        var inTable = false
        var line = article.bodyLine
        while line <= file.lineCount {
            defer { line += 1 }
            let text = file.line(line) ?? ""
            let trimmed = text.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                inTable = false
                continue
            }
            let looksLikeTable = Self.looksLikeTableRow(trimmed)
            if looksLikeTable, !inTable {
                let column = text.unicodeScalars.count - trimmed.unicodeScalars.count + 1
                bag.warning(.markdownTable, "this line looks like a Markdown table, which the page shows as plain text", at: file.location(
                    line: line, column: column, length: Whitespace.trimming(String(trimmed), where: Whitespace.isSpace).unicodeScalars.count),
                    hint: "write a table as comma-separated values in a ```table block: the header on the first line, then one line a row")
            }
            inTable = looksLikeTable
        }
    }

    /// `| a | b |`, or a delimiter row such as `---|---` or `| :-- | --: |`.
    static func looksLikeTableRow(_ line: Substring) -> Bool {
        let trimmed = Whitespace.trimming(String(line), where: Whitespace.isSpace)
        let pipes = trimmed.count { $0 == "|" }
        if trimmed.hasPrefix("|"), pipes >= 2 { return true }
        guard pipes >= 1 else { return false }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: true).map { Whitespace.trimming(String($0), where: Whitespace.isSpace) }
        return cells.count >= 2 && cells.allSatisfy { cell in
            let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return dashes.count >= 3 && dashes.allSatisfy { $0 == "-" }
        }
    }
}
