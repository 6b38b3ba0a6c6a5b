import Yams

extension ArticleParser {
    static let correctionKeys = ["date", "text"]

    /// The `corrections:` of the front matter, a list of `{date, text}`, oldest first. Each one is
    /// checked at its own line: a day of the calendar, not before the article, with a text.
    func readCorrections(_ mapping: YAMLMapping, articleDate: ArticleDate?, diagnostics: inout DiagnosticBag) -> [Correction] {
        guard let value = mapping["corrections"] else { return [] }
        let source = mapping.source
        guard case .sequence(let items) = value else {
            diagnostics.error(.correctionFormat, "'corrections' must be a list", at: source.location(value),
                              hint: "write each correction as an item: '- {date: 2024-01-15, text: \"…\"}'")
            return []
        }
        var corrections: [Correction] = []
        for item in items {
            guard let entry = YAMLMapping(item, source: source, what: "a correction", knownKeys: Self.correctionKeys,
                                          diagnostics: &diagnostics) else { continue }
            let itemLocation = source.location(item)
            if entry["date"] == nil {
                diagnostics.error(.correctionFormat, "the correction has no 'date'", at: itemLocation,
                                  hint: "add 'date:' with the day the correction was made, such as 2024-01-15")
            }
            if entry["text"] == nil {
                diagnostics.error(.correctionFormat, "the correction has no 'text'", at: itemLocation,
                                  hint: "add 'text:' saying what was wrong and what is right")
            }
            let text = entry.text("text", diagnostics: &diagnostics)
            guard let written = entry.text("date", diagnostics: &diagnostics) else { continue }
            let location = entry.location("date")
            guard case .success(let day) = ArticleDate.parse(written) else {
                diagnostics.error(.badDate, "'\(written)' is not a date", at: location,
                                  hint: "write the day of the correction year-month-day, such as 2024-01-15")
                continue
            }
            if let articleDate, (day.year, day.month, day.day) < (articleDate.year, articleDate.month, articleDate.day) {
                diagnostics.error(.correctionDate, "the correction is dated \(day.vietnamese), before the article (\(articleDate.vietnamese))", at: location,
                                  hint: "a correction is made after the article is published; check its date and the article's")
                continue
            }
            if let text { corrections.append(Correction(date: day, text: text, location: location)) }
        }
        // Oldest first, as they were made; two of one day keep the order they are written in.
        return corrections.enumerated().sorted { a, b in
            a.element.date.epochSeconds != b.element.date.epochSeconds
                ? a.element.date.epochSeconds < b.element.date.epochSeconds : a.offset < b.offset
        }.map(\.element)
    }
}
