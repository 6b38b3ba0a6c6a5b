/// The interface text of a site, in the language its site.yaml names: every string of the
/// theme's `i18n/<language>.yaml`, each theme of an `extends:` chain changing only the keys
/// its own file gives.
///
/// Templates read any key through `t` (`{{t.home}}`); Bantin's own code reads the keys of
/// `Key`, which the loader requires, so no page ever falls back on Vietnamese written in code.
public struct UIStrings: Sendable, Equatable {
    /// The strings Bantin writes into pages itself: titles, chart sentences, table headings.
    /// Placeholders in braces (`{subject}`) are filled by `format`.
    public enum Key: String, CaseIterable, Sendable {
        case page, tags, tag, search, localities, statistics, period, locality, level
        case notFound = "not_found"
        case latestArticles = "latest_articles"
        case articlesCount = "articles_count"
        case localitiesCount = "localities_count"
        case figuresCount = "figures_count"
        case headingLink = "heading_link"
        case otherFigures = "other_figures"
        case highestLocalities = "highest_localities"
        case published
        case publishedMonth = "published_month"
        case publishedYear = "published_year"
        case level1 = "level_1", level2 = "level_2", level3 = "level_3"
        case chartReached = "chart_reached"
        case chartTotal = "chart_total"
        case chartPart = "chart_part"
        case chartShare = "chart_share"
        case chartMetric = "chart_metric"
        case chartValue = "chart_value"
        case chartSum = "chart_sum"
        case chartAnd = "chart_and"
        case chartOver = "chart_over"
        case chartAbout = "chart_about"
        case chartUnder = "chart_under"
        case chartMillion = "chart_million"
        case chartBillion = "chart_billion"
        case chartTrillion = "chart_trillion"
        case chartSubject = "chart_subject"
        case chartNoData = "chart_no_data"
        case chartParts = "chart_parts"
        case chartRatio = "chart_ratio"
        case chartNoRatio = "chart_no_ratio"
        case chartOne = "chart_one"
        case chartRise = "chart_rise"
        case chartFall = "chart_fall"
        case chartSteady = "chart_steady"
        case chartBoth = "chart_both"
        case chartOnlyOne = "chart_only_one"
        case chartAllSame = "chart_all_same"
        case chartRange = "chart_range"
    }

    /// Every string by key, for templates.
    public private(set) var all: [String: String]

    /// Strings as they are; `ThemeLoader` checks that every `Key` is among them.
    public init(_ all: [String: String]) {
        self.all = all
    }

    public subscript(key: Key) -> String {
        all[key.rawValue] ?? ""
    }

    /// The string of `key` with each `{name}` replaced by its value, in one pass, so that a
    /// value holding braces (a title) is never read as a placeholder itself.
    public func format(_ key: Key, _ values: [String: String]) -> String {
        let text = self[key]
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }

    /// Every `{{t.key}}` of a template (in a section or unescaped too), with its position.
    static func references(in text: String) -> [(key: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (lineIndex, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...].drop { "#^/&{ ".contains($0) }
                if after.hasPrefix("t.") {
                    let name = after.dropFirst(2).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                    if !name.isEmpty {
                        let column = line.unicodeScalars.distance(from: line.startIndex, to: name.startIndex) + 1
                        found.append((String(name), lineIndex + 1, column))
                    }
                }
                rest = rest[open.upperBound...]
            }
        }
        return found
    }
}
