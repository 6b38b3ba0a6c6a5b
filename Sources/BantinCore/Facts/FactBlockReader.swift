import BantinMarkdown
import Yams

/// Reads a ```` ```facts ```` block into facts, checking every figure against the schema.
///
/// Each problem is reported at its line and column in the Markdown file (the block's
/// first content line plus the line inside the YAML), with a hint that says how to fix it.
public struct FactBlockReader: Sendable {
    static let blockKeys = ["locality", "period", "source", "values"]
    static let valueKeys = ["value", "of", "percent", "approx", "parts", "scale", "note"]

    /// What a block takes from its article when it does not say.
    public struct Defaults: Sendable {
        public var locality: Int
        public var period: Period
        /// The article's date, which picks the era unless the block gives a period of its own.
        public var date: ArticleDate?

        public init(locality: Int, period: Period, date: ArticleDate? = nil) {
            self.locality = locality
            self.period = period
            self.date = date
        }
    }

    public let gazetteer: Gazetteer
    public let schema: MetricSchema

    public init(gazetteer: Gazetteer, schema: MetricSchema) {
        self.gazetteer = gazetteer
        self.schema = schema
    }

    public func read(_ captured: CapturedBlock, in file: SourceFile, bodyLine: Int, defaults: Defaults, diagnostics: inout DiagnosticBag) -> FactBlock {
        var block = FactBlock(locality: defaults.locality, period: defaults.period, source: nil, facts: [])
        block.facts = readFacts(captured, in: file, bodyLine: bodyLine, defaults: defaults, into: &block, diagnostics: &diagnostics)
        return block
    }

    private func readFacts(_ block: CapturedBlock, in file: SourceFile, bodyLine: Int, defaults: Defaults, into result: inout FactBlock,
                           diagnostics: inout DiagnosticBag) -> [Fact] {
        let source = YAMLSource(file: file, lineOffset: bodyLine - 1 + block.contentLine - 1, columnOffset: block.contentColumn - 1)
        let fence = file.location(line: bodyLine - 1 + block.fenceLine, column: block.fenceColumn, length: 3)
        guard !block.content.unicodeScalars.allSatisfy(Whitespace.isSpaceOrNewline) else {
            diagnostics.error(.emptyFactBlock, "the fact block is empty", at: fence, hint: "add 'values:' with at least one metric")
            return []
        }
        guard let root = source.compose(block.content, into: &diagnostics),
              let mapping = YAMLMapping(root, source: source, what: "a fact block", knownKeys: Self.blockKeys, diagnostics: &diagnostics)
        else { return [] }

        var period = defaults.period
        var ownPeriod = false
        if let written = mapping.text("period", diagnostics: &diagnostics) {
            if let parsed = Period.parse(written) {
                period = parsed
                ownPeriod = true
            } else {
                diagnostics.error(.badPeriod, "'\(written)' is not a period", at: mapping.location("period"),
                                  hint: Period.hint)
            }
        }
        // The block's own period decides the era of its figures; else the article's date does.
        let articleEra = defaults.date.map(Era.init(of:)) ?? gazetteer[defaults.locality].era
        let era = (ownPeriod ? Era(of: period) : nil) ?? articleEra
        var locality = defaults.locality
        if let reference = mapping.text("locality", diagnostics: &diagnostics) {
            switch gazetteer.resolve(reference, in: era, near: defaults.locality) {
            case .success(let index): locality = index
            case .failure(let failure):
                diagnostics.append(LocalityReference.diagnostic(for: failure, reference: reference, at: mapping.location("locality")))
            }
        } else if gazetteer[locality].era != era {
            // The article's unit, read again in the era of the block's period.
            switch gazetteer.resolve(gazetteer[locality].path, in: era, near: locality) {
            case .success(let index): locality = index
            case .failure(let failure):
                diagnostics.append(LocalityReference.diagnostic(for: failure, reference: gazetteer[locality].path, at: mapping.location("period")))
            }
        }
        let blockSource = mapping.text("source", diagnostics: &diagnostics)
        result.locality = locality
        result.period = period
        result.source = blockSource

        guard let valuesNode = mapping["values"] else {
            diagnostics.error(.emptyFactBlock, "the fact block has no 'values'", at: fence, hint: "add 'values:' and one metric per line, like 'propaganda_sessions: 6003'")
            return []
        }
        guard case .mapping(let values) = valuesNode else {
            diagnostics.error(.wrongType, "'values' must map metric ids to numbers", at: source.location(valuesNode))
            return []
        }
        var facts: [Fact] = []
        for (key, value) in values {
            guard let id = key.scalar?.string else { continue }
            let keyLocation = source.location(key)
            guard let metric = schema[id] else {
                diagnostics.error(.unknownMetric, "unknown metric '\(id)'", at: keyLocation,
                                  hint: NearestName.suggest(for: id, among: schema.ids).map { "did you mean '\($0)'?" }
                                    ?? "add '\(id)' to content/schema.yaml")
                continue
            }
            var reader = ValueReader(metric: metric, source: source, keyLocation: keyLocation)
            if let fact = reader.read(value, diagnostics: &diagnostics) {
                facts.append(Fact(
                    metric: id, locality: locality, period: period, written: fact.written, scale: fact.scale,
                    approx: fact.approx, of: fact.of, percent: fact.percent, parts: fact.parts, note: fact.note,
                    source: blockSource, articlePath: file.path, location: keyLocation
                ))
            }
        }
        return facts
    }
}
