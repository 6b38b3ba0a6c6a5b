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
        let facts = index.facts
        rows = Parallel.map(Self.sortedPositions(of: facts, in: site)) { position -> Row in
            let item = facts[position]
            let fact = item.fact
            // sortedPositions keeps only the facts of metrics in the schema.
            let metric = site.schema[fact.metric]!
            let locality = site.gazetteer[fact.locality]
            let article = site.articles[item.article]
            return Row(
                metric: fact.metric, label: metric.label, unit: metric.unit, kind: metric.kind.rawValue,
                locality: locality.path, localityName: locality.title, period: fact.period.description,
                value: fact.value, of: fact.of?.value, percent: fact.percent?.value, approx: fact.approx?.rawValue,
                parts: fact.parts.isEmpty ? nil : Dictionary(uniqueKeysWithValues: fact.parts.map { ($0.key, fact.value(of: $0)) }),
                note: fact.note, source: fact.source, articleTitle: article.title, articleURL: articleURL(article)
            )
        }
    }

    /// Positions in `facts` of those whose metric the schema knows, in the order of their rows:
    /// by metric, locality path and period as strings, then (though a site gives one fact per
    /// key, so there are no ties) by position.
    ///
    /// Each metric, locality and period is ranked once among the others of its kind, so the
    /// sort compares integers: comparing rows by their strings, on one core, was most of the
    /// time of the open data at a hundred thousand articles.
    static func sortedPositions(of facts: [SiteIndex.IndexedFact], in site: SiteModel) -> [Int] {
        let metricIDs = site.schema.ids
        let metricRanks = Dictionary(zip(metricIDs, ranks(metricIDs)), uniquingKeysWith: { first, _ in first })
        let localityRanks = ranks(site.gazetteer.localities.map(\.path))
        let periods = Array(Set(facts.map(\.fact.period)))
        let periodRanks = Dictionary(uniqueKeysWithValues: zip(periods, ranks(periods.map(\.description))))
        let keys = Parallel.map(Array(facts.indices)) { position -> (Int, Int, Int, Int)? in
            let fact = facts[position].fact
            guard let metric = metricRanks[fact.metric] else { return nil }
            return (metric, localityRanks[fact.locality], periodRanks[fact.period]!, position)
        }
        return keys.compactMap { $0 }.sorted(by: <).map(\.3)
    }

    /// The rank of each string among them all: equal strings share one, and ranks compare as the strings do.
    static func ranks(_ strings: [String]) -> [Int] {
        let order = strings.indices.sorted { strings[$0] < strings[$1] }
        var ranks = Array(repeating: 0, count: strings.count)
        var rank = 0
        for (place, position) in order.enumerated() {
            if place > 0, strings[order[place - 1]] < strings[position] { rank += 1 }
            ranks[position] = rank
        }
        return ranks
    }

    /// UTF-8 CSV with a byte order mark (so that Excel reads the Vietnamese as written), a header
    /// line, CRLF line ends and quoting as RFC 4180 says, as bytes: at a hundred thousand articles
    /// it is over 100 MB.
    public var csvData: Data {
        var data = Data(ChartCSV.byteOrderMark)
        data.append(contentsOf: Array((Self.csvHeader.joined(separator: ",") + "\r\n").utf8))
        Parallel.append(rows, to: &data, Self.csvLine)
        return data
    }

    /// One row and its CRLF, written field by field into bytes.
    static func csvLine(_ row: Row) -> [UInt8] {
        let parts = row.parts.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\(number($0.value))" }.joined(separator: ";") }
        let fields: [String?] = [
            row.metric, row.label, row.unit, row.kind, row.locality, row.localityName, row.period,
            number(row.value), row.of.map(number), row.percent.map(number), row.approx, parts,
            row.note, row.source, row.articleTitle, row.articleURL,
        ]
        var line: [UInt8] = []
        line.reserveCapacity(512)
        for (place, field) in fields.enumerated() {
            if place > 0 { line.append(UInt8(ascii: ",")) }
            guard let field else { continue }
            line.append(contentsOf: quote(field).utf8)
        }
        line.append(contentsOf: [13, 10])
        return line
    }

    /// JSON with sorted keys, so it is the same from one build to the next: `{"facts": [ … ]}`
    /// with one compact row per line, readable in a diff and half the size of pretty printing.
    /// Written byte for byte as JSONEncoder writes it with `.sortedKeys` and
    /// `.withoutEscapingSlashes`, on every core: an encoder per row took most of the open data's time.
    public var jsonData: Data {
        var data = Data("{\"facts\": [\n".utf8)
        Parallel.append(rows, separatedBy: Array(",\n".utf8), to: &data, Self.jsonLine)
        data.append(contentsOf: Array((rows.isEmpty ? "]}\n" : "\n]}\n").utf8))
        return data
    }

    /// One row as a JSON object, its keys in the byte order of their UTF-8 and those of nil fields
    /// left out, as the Codable encoding does; `{}` if a number is not finite, which JSONEncoder
    /// refuses.
    static func jsonLine(_ row: Row) -> [UInt8] {
        var json = JSONBytes(capacity: 512)
        var finite = true
        json.raw("{")
        if let approx = row.approx { json.raw(#""approx":"#); json.string(approx); json.raw(",") }
        json.raw(#""article_title":"#); json.string(row.articleTitle)
        json.raw(#","article_url":"#); json.string(row.articleURL)
        json.raw(#","kind":"#); json.string(row.kind)
        json.raw(#","label":"#); json.string(row.label)
        json.raw(#","locality":"#); json.string(row.locality)
        json.raw(#","locality_name":"#); json.string(row.localityName)
        json.raw(#","metric":"#); json.string(row.metric)
        if let note = row.note { json.raw(#","note":"#); json.string(note) }
        if let of = row.of { json.raw(#","of":"#); finite = json.number(of) && finite }
        if let parts = row.parts {
            json.raw(#","parts":{"#)
            for (place, part) in parts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if place > 0 { json.raw(",") }
                json.string(part.key)
                json.raw(":")
                finite = json.number(part.value) && finite
            }
            json.raw("}")
        }
        if let percent = row.percent { json.raw(#","percent":"#); finite = json.number(percent) && finite }
        json.raw(#","period":"#); json.string(row.period)
        if let source = row.source { json.raw(#","source":"#); json.string(source) }
        json.raw(#","unit":"#); json.string(row.unit)
        json.raw(#","value":"#); finite = json.number(row.value) && finite
        json.raw("}")
        return finite ? json.bytes : Array("{}".utf8)
    }

    /// A number in plain notation for machines, digit for digit its shortest exact form:
    /// 6003, 86.1, 74200000000, 0.0000001 (never rounded to a fixed number of decimals).
    static func number(_ value: Double) -> String {
        DecimalExpansion(value)?.plain ?? (value.isNaN ? "NaN" : value < 0 ? "-inf" : "inf")
    }

    /// The field as it is, or in quotes with its quotes doubled when it holds a comma, a quote
    /// or a line break.
    static func quote(_ field: String) -> String {
        // By bytes: "\r\n" is one Character, and so is a comma followed by a combining mark.
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else { return field }
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
