import Foundation

/// The site's figures as open data: one row per fact, in CSV (RFC 4180) and JSON.
public struct FactsExport: Sendable {
    public struct Row: Sendable, Codable, Equatable {
        public var metric: String
        public var label: String
        public var unit: String
        public var kind: String
        public var locality: String
        public var localityName: String
        public var period: String
        public var value: Double
        public var of: Double?
        public var percent: Double?
        public var approx: String?
        public var parts: [String: Double]?
        public var note: String?
        public var source: String?
        public var articleTitle: String
        public var articleURL: String

        enum CodingKeys: String, CodingKey {
            case metric, label, unit, kind, locality, period, value, of, percent, approx, parts, note, source
            case localityName = "locality_name"
            case articleTitle = "article_title"
            case articleURL = "article_url"
        }
    }

    public var rows: [Row]

    public static let csvHeader = [
        "metric", "label", "unit", "kind", "locality", "locality_name", "period", "value", "of", "percent",
        "approx", "parts", "note", "source", "article_title", "article_url",
    ]

    /// `articleURL` gives the address of an article's page: absolute under base_url, else from the site root.
    public init(site: SiteModel, index: SiteIndex, articleURL: @Sendable (Article) -> String) {
        rows = Parallel.map(index.facts) { item -> Row? in
            let fact = item.fact
            guard let metric = site.schema[fact.metric] else { return nil }
            let locality = site.gazetteer[fact.locality]
            let article = site.articles[item.article]
            return Row(
                metric: fact.metric, label: metric.label, unit: metric.unit, kind: metric.kind.rawValue,
                locality: locality.path, localityName: locality.title, period: fact.period.description,
                value: fact.value, of: fact.of?.value, percent: fact.percent?.value, approx: fact.approx?.rawValue,
                parts: fact.parts.isEmpty ? nil : Dictionary(uniqueKeysWithValues: fact.parts.map { ($0.key, $0.value.value) }),
                note: fact.note, source: fact.source, articleTitle: article.title, articleURL: articleURL(article)
            )
        }
        .compactMap { $0 }
        .sorted { ($0.metric, $0.locality, $0.period) < ($1.metric, $1.locality, $1.period) }
    }

    /// UTF-8 CSV with a header line, CRLF line ends and quoting as RFC 4180 says, as bytes:
    /// at a hundred thousand articles it is over 100 MB.
    public var csvData: Data {
        var data = Data((Self.csvHeader.joined(separator: ",") + "\r\n").utf8)
        Parallel.append(rows, to: &data) { Array(Self.csvLine($0).utf8) + [13, 10] }
        return data
    }

    static func csvLine(_ row: Row) -> String {
        do {
            let parts = row.parts.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\(number($0.value))" }.joined(separator: ";") }
            let fields: [String?] = [
                row.metric, row.label, row.unit, row.kind, row.locality, row.localityName, row.period,
                number(row.value), row.of.map(number), row.percent.map(number), row.approx, parts,
                row.note, row.source, row.articleTitle, row.articleURL,
            ]
            return fields.map { quote($0 ?? "") }.joined(separator: ",")
        }
    }

    /// Pretty-printed JSON with sorted keys, so it is the same from one build to the next.
    /// `{"facts": [ … ]}` with one compact row per line: readable in a diff, half the size of
    /// pretty printing. Rows are encoded on every core: encoding the whole list at once took
    /// longer than rendering a thousand pages.
    public var jsonData: Data {
        var data = Data("{\"facts\": [\n".utf8)
        Parallel.append(rows, separatedBy: Array(",\n".utf8), to: &data) { row in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(row)) ?? Data("{}".utf8)
        }
        data.append(contentsOf: Array((rows.isEmpty ? "]}\n" : "\n]}\n").utf8))
        return data
    }

    /// A number in plain notation for machines: 6003, 86.1, 74200000000.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6f", locale: nil, value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        // Most quoted fields hold a comma (86,1), not a quote: Foundation's replacing is for the rest.
        guard field.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
