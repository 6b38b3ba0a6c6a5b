import BantinMarkdown

/// Proposes fact blocks from an article's prose: each number written before a metric's unit
/// (6.003 buổi, 1.010/1.173 vụ (86,1%), 74,2 tỷ đồng) becomes a figure of the metric whose
/// label and description share most words with the number's clause.
///
/// It would rather leave a number to the writer than guess: a number whose unit several
/// metrics share with no word to choose between them, or a metric the text gives two
/// different values, is listed as a comment instead.
public struct FactSuggester: Sendable {
    public let schema: MetricSchema
    /// How rare each word of the metrics' labels and descriptions is among them.
    private let weights: [String: Double]
    private let metricWords: [String: Set<String>]
    /// The words of each label alone: what the metric is, rather than how it is described.
    private let labelWords: [String: Set<String>]

    public init(schema: MetricSchema) {
        self.schema = schema
        var words: [String: Set<String>] = [:]
        var counts: [String: Int] = [:]
        for metric in schema.metrics {
            let set = Set(Self.words(metric.label + " " + (metric.description ?? "")))
            words[metric.id] = set
            for word in set { counts[word, default: 0] += 1 }
        }
        metricWords = words
        labelWords = Dictionary(uniqueKeysWithValues: schema.metrics.map { ($0.id, Set(Self.words($0.label))) })
        weights = counts.mapValues { 1.0 / Double($0) }
    }

    /// Words that say nothing of which metric is meant.
    static let stopWords: Set<String> = [
        "và", "các", "của", "được", "cho", "trong", "có", "với", "về", "đã", "tại", "là", "một", "những", "theo",
        "trên", "hơn", "gần", "khoảng", "dưới", "số", "tổng", "người", "lượt", "đạt", "tổ", "chức",
    ]

    static func words(_ text: String) -> [String] {
        ProseNumber.folded(text).split { !$0.isLetter }.map(String.init).filter { !stopWords.contains($0) }
    }

    /// The article's paragraphs, each with what could be placed. Front matter, fenced blocks
    /// and captions (a paragraph in italics) are skipped.
    public func suggest(_ text: String) -> [FactSuggestion] {
        let paragraphs = Self.paragraphs(text)
        var suggestions: [FactSuggestion] = []
        for (line, lines) in paragraphs {
            var suggestion = FactSuggestion(line: line, figures: [], unplaced: [])
            for (offset, content) in lines.enumerated() {
                place(ProseNumber.scan(content), on: line + offset, into: &suggestion)
            }
            if !suggestion.figures.isEmpty || !suggestion.unplaced.isEmpty { suggestions.append(suggestion) }
        }
        return Self.withoutConflicts(suggestions)
    }

    /// A metric given two different values in one article is left to the writer.
    static func withoutConflicts(_ suggestions: [FactSuggestion]) -> [FactSuggestion] {
        var values: [String: Set<Double>] = [:]
        for figure in suggestions.flatMap(\.figures) { values[figure.metric, default: []].insert(figure.value.value) }
        // A number several metrics fit may be any of them.
        for unplaced in suggestions.flatMap(\.unplaced) {
            for metric in unplaced.candidates { values[metric, default: []].insert(unplaced.value) }
        }
        var seen: Set<String> = []
        return suggestions.map { suggestion in
            var suggestion = suggestion
            var kept: [FactSuggestion.Figure] = []
            for figure in suggestion.figures {
                if values[figure.metric, default: []].count > 1 {
                    suggestion.unplaced.append(.init(text: VietnameseNumberFormat.written(figure.value), line: figure.line,
                                                     column: figure.column, reason: "the text gives '\(figure.metric)' more than one value"))
                } else if seen.insert(figure.metric).inserted {
                    kept.append(figure)
                }
            }
            suggestion.figures = kept
            suggestion.unplaced.sort { ($0.line, $0.column) < ($1.line, $1.column) }
            return suggestion
        }
    }

    private func place(_ numbers: [ProseNumber], on line: Int, into suggestion: inout FactSuggestion) {
        var index = 0
        var consumed: Set<Int> = []
        while index < numbers.count {
            defer { index += 1 }
            if consumed.contains(index) { continue }
            let number = numbers[index]
            guard let metric = bestMetric(for: number) else {
                suggestion.unplaced.append(.init(text: Self.shown(number), line: line, column: number.column, reason: reason(number),
                                                 candidates: rivals(for: number), value: number.value.value))
                continue
            }
            var figure = FactSuggestion.Figure(metric: metric.id, value: number.value, scale: Self.scale(after: number),
                                               approx: Self.bound(before: number), of: nil, percent: nil, parts: [], line: line,
                                               column: number.column)
            if metric.kind == .ratio, let of = number.of {
                figure.of = of
                // "(đạt 86,1%)" right after the ratio.
                if index + 1 < numbers.count, numbers[index + 1].after.hasPrefix("%"),
                   !Self.clauseEnds(between: number, and: numbers[index + 1]) {
                    figure.percent = numbers[index + 1].value
                    consumed.insert(index + 1)
                }
            }
            if !metric.parts.isEmpty {
                // "trong đó cấp tỉnh 24 điểm, cấp huyện 173 điểm": the parts follow in the same clause.
                var next = index + 1
                while next < numbers.count, !Self.clauseEnds(between: number, and: numbers[next]) {
                    let before = ProseNumber.folded(numbers[next].before)
                    let tail = String(before.suffix(24))
                    guard let part = metric.parts.first(where: { tail.hasSuffix(ProseNumber.folded($0.label) + " ") }) else { break }
                    figure.parts.append((part.key, numbers[next].value))
                    consumed.insert(next)
                    next += 1
                }
            }
            suggestion.figures.append(figure)
        }
    }

    /// The metric whose unit follows the number and whose words best match its clause; nil when
    /// none does, or when two fit equally well.
    ///
    /// The unit written in full counts most ("367.486 lượt người" before "lượt"); the unit
    /// without its first word ("526 súng" for "khẩu súng", "311.598 người" for "lượt người"),
    /// or its first word alone ("466.528 lượt học sinh"), less: then the words decide.
    func bestMetric(for number: ProseNumber) -> Metric? {
        let scored = ranking(for: number)
        guard let best = scored.first else { return nil }
        if scored.count == 1 { return best.wordScore > 0 || best.quality >= 0.5 ? best.metric : nil }
        guard best.wordScore > 0, best.score > scored[1].score + Self.margin else { return nil }
        return best.metric
    }

    /// How far ahead the best metric must be to be proposed.
    static let margin = 0.25

    /// The metrics that fit a number too well for another to be proposed in its place.
    func rivals(for number: ProseNumber) -> [String] {
        let scored = ranking(for: number)
        guard let best = scored.first else { return [] }
        return scored.filter { $0.score >= best.score - Self.margin }.map(\.metric.id)
    }

    /// The metrics that fit a number, best first, with their score and the part of it their words made.
    func ranking(for number: ProseNumber) -> [(metric: Metric, score: Double, wordScore: Double, quality: Double)] {
        let fitting = candidates(for: number)
        guard !fitting.isEmpty else { return [] }
        let (near, far) = Self.context(of: number)
        let next = Set(Self.words(String(number.after.prefix(40))).prefix(4))
        return fitting.map { candidate -> (metric: Metric, score: Double, wordScore: Double, quality: Double) in
            let words = metricWords[candidate.metric.id] ?? []
            let wordScore = words.reduce(0.0) { total, word in
                let weight = weights[word] ?? 0
                return total + weight * (near.contains(word) ? 1 : far.contains(word) ? 0.4 : 0) + (next.contains(word) ? weight : 0)
            }
            // The words of its label the clause lacks count against it, the rare ones most: a
            // metric of "hội nghị lồng ghép, tờ rơi" is not meant where neither is written.
            let missing = (labelWords[candidate.metric.id] ?? []).filter { !near.contains($0) && !far.contains($0) }
                .reduce(0.0) { $0 + (weights[$1] ?? 0) }
            return (candidate.metric, candidate.quality + wordScore - missing / 2, wordScore, candidate.quality)
        }.sorted { $0.score > $1.score }
    }

    /// The metrics whose unit (or the start of whose label) follows the number, with how well.
    func candidates(for number: ProseNumber) -> [(metric: Metric, quality: Double)] {
        var candidates: [(metric: Metric, quality: Double)] = []
        var longestExact = 0
        for metric in schema.metrics where !metric.unit.isEmpty && (metric.kind == .ratio) == (number.of != nil) {
            let unitWords = Self.plainWords(metric.unit)
            let labelStart = Self.plainWords(metric.label).prefix(2).joined(separator: " ")
            if number.isFollowed(by: metric.unit) {
                candidates.append((metric, 1))
                longestExact = max(longestExact, metric.unit.count)
            } else if labelStart.count > 3, number.isFollowed(by: labelStart) {
                candidates.append((metric, 0.5))
            } else if unitWords.count >= 2, number.isFollowed(by: unitWords.dropFirst().joined(separator: " ")) {
                candidates.append((metric, 0.5))
            } else if unitWords.count >= 2, number.isFollowed(by: unitWords[0]) {
                candidates.append((metric, 0.25))
            }
        }
        // "lượt người" written in full: the metrics counted in "lượt" alone fit less.
        return candidates.map { candidate in
            candidate.quality == 1 && candidate.metric.unit.count < longestExact
                ? (candidate.metric, 0.25) : candidate
        }
    }

    /// The words of a unit or label, without punctuation: "xã, thị trấn" → xã thị trấn.
    static func plainWords(_ text: String) -> [String] {
        ProseNumber.folded(text).split { !$0.isLetter }.map(String.init)
    }

    /// The words near the number (eight before, six after, within its clause) and the others of its clause.
    static func context(of number: ProseNumber) -> (near: Set<String>, far: Set<String>) {
        let parts = Self.clause(of: number)
        let before = words(parts.before)
        let after = words(parts.after)
        let near = Set(before.suffix(8) + after.prefix(6))
        return (near, Set(before + after).subtracting(near))
    }

    /// The number's clause: from the previous ';', ':' or sentence end to the next one.
    static func clause(of number: ProseNumber) -> (before: String, after: String) {
        var before = ""
        for character in number.before.reversed() {
            if character == ";" || character == ":" || character == "." { break }
            before.append(character)
        }
        var after = ""
        var previous: Character = " "
        for character in number.after {
            if character == ";" || character == ":" || (previous == "." && character == " ") { break }
            after.append(character)
            previous = character
        }
        return (String(before.reversed()), after)
    }

    static func clauseEnds(between first: ProseNumber, and second: ProseNumber) -> Bool {
        let gap = first.after.dropLast(second.after.count + second.text.count)
        return gap.contains(";") || gap.contains(". ")
    }

    static func bound(before number: ProseNumber) -> Approximation? {
        let word = ProseNumber.folded(number.before).split { !$0.isLetter }.last.map(String.init)
        switch word {
        case "trên", "hơn": return .over
        case "gần", "khoảng": return .about
        case "dưới": return .under
        default: return nil
        }
    }

    static func scale(after number: ProseNumber) -> NumberScale? {
        let rest = ProseNumber.folded(number.after).drop { $0 == " " }
        for (word, scale) in [("nghìn ", NumberScale.thousand), ("ngàn ", .thousand), ("triệu ", .million), ("tỷ ", .billion), ("tỉ ", .billion)]
        where rest.hasPrefix(word) {
            return scale
        }
        return nil
    }

    static func shown(_ number: ProseNumber) -> String {
        number.text + (number.of.map { "/" + VietnameseNumberFormat.written($0) } ?? "")
    }

    func reason(_ number: ProseNumber) -> String {
        let words = number.after.split(separator: " ", maxSplits: 3).prefix(3).joined(separator: " ")
        let matching = rivals(for: number)
        if matching.isEmpty { return "no metric has the unit of \"\(Self.shown(number)) \(words)\"" }
        return "several metrics fit \"\(Self.shown(number)) \(words)\": " + matching.joined(separator: ", ")
    }

    /// Paragraphs of prose with the file line of their first line. Front matter, fenced blocks
    /// and captions (a paragraph in italics) are not prose.
    static func paragraphs(_ text: String) -> [(line: Int, lines: [String])] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        var start = 0
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { start = end + 1 }
        var paragraphs: [(Int, [String])] = []
        var current: [String] = []
        var currentLine = 0
        var fence: String?
        func close() {
            let joined = current.joined(separator: " ").trimmingSpaces
            let caption = (joined.hasPrefix("*") && joined.hasSuffix("*")) || (joined.hasPrefix("_") && joined.hasSuffix("_"))
            if !current.isEmpty, !caption { paragraphs.append((currentLine, current)) }
            current = []
        }
        for index in start..<lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                close()
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty {
                close()
                continue
            }
            if current.isEmpty { currentLine = index + 1 }
            current.append(line)
        }
        close()
        return paragraphs
    }

    // MARK: - Printing

    /// The suggestions as the writer pastes them: one block per paragraph with figures, numbers
    /// left over as YAML comments.
    public static func render(_ suggestions: [FactSuggestion]) -> String {
        var out: [String] = []
        for suggestion in suggestions {
            if !out.isEmpty { out.append("") }
            out.append("# after the paragraph of line \(suggestion.line)")
            if !suggestion.figures.isEmpty {
                out.append("```facts")
                out.append("values:")
                for figure in suggestion.figures { out.append("  \(figure.metric): \(value(figure))") }
                out += suggestion.unplaced.map(comment)
                out.append("```")
            } else {
                out += suggestion.unplaced.map(comment)
            }
        }
        return out.joined(separator: "\n") + (out.isEmpty ? "" : "\n")
    }

    static func comment(_ unplaced: FactSuggestion.Unplaced) -> String {
        "# line \(unplaced.line): \(unplaced.text) not placed: \(unplaced.reason)"
    }

    /// The shortest form that says everything: "6.003", or {value: …, approx: over, …}.
    static func value(_ figure: FactSuggestion.Figure) -> String {
        let written = "\"" + VietnameseNumberFormat.written(figure.value) + "\""
        var keys: [String] = []
        if let of = figure.of { keys.append("of: \"\(VietnameseNumberFormat.written(of))\"") }
        if let percent = figure.percent { keys.append("percent: \"\(VietnameseNumberFormat.written(percent))\"") }
        if let scale = figure.scale { keys.append("scale: \(scale.rawValue)") }
        if let approx = figure.approx { keys.append("approx: \(approx.rawValue)") }
        if !figure.parts.isEmpty {
            keys.append("parts: {" + figure.parts.map { "\($0.key): \"\(VietnameseNumberFormat.written($0.value))\"" }.joined(separator: ", ") + "}")
        }
        return keys.isEmpty ? written : "{value: " + written + ", " + keys.joined(separator: ", ") + "}"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        Whitespace.trimming(self, where: Whitespace.isSpace)
    }
}
