/// A new article as `bantin new article` writes it: front matter filled in, a paragraph to
/// replace, and every metric of the schema in a commented fact block to copy from.
public struct NewArticle: Sendable {
    public var title: String
    /// A full path of the gazetteer: `lam-dong/lam-ha`.
    public var locality: String
    public var date: ArticleDate
    public var tags: [String]

    public init(title: String, locality: String, date: ArticleDate, tags: [String] = []) {
        self.title = title
        self.locality = locality
        self.date = date
        self.tags = tags
    }

    public var slug: String { VietnameseSlug.make(title) }

    /// Where it goes in the site: filed by the year of its date.
    public var path: String { "content/articles/\(date.year)/\(slug).md" }

    public func text(schema: MetricSchema) -> String {
        var lines = [
            "---",
            "title: \(Self.quoted(title))",
            "date: \(date.isoDay)",
            "locality: \(locality)",
        ]
        if !tags.isEmpty { lines.append("tags: [\(tags.map(Self.quoted).joined(separator: ", "))]") }
        lines += [
            "# author: Tên tác giả",
            "# source: Tên báo hoặc đơn vị",
            "# Bài nháp: không đăng cho tới khi xoá dòng dưới đây.",
            "draft: true",
            "---",
            "",
            "Viết bài ở đây, mỗi đoạn cách nhau một dòng trống.",
            "",
        ]
        lines += Self.factSkeleton(schema)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every metric of the schema, each on a YAML comment line, inside an HTML comment that the
    /// build skips: the writer keeps the block, removes the `<!--` and `-->` lines and the `#`
    /// of the figures the paragraph states.
    static func factSkeleton(_ schema: MetricSchema) -> [String] {
        guard !schema.metrics.isEmpty else { return [] }
        var lines = [
            "<!--",
            "Bảng số liệu: đặt ngay sau đoạn văn nêu các số liệu, xoá dòng đầu và dòng cuối của chú thích này,",
            "bỏ dấu # ở các chỉ tiêu mà đoạn văn nêu và ghi số như trong bài (\"6.003\").",
            "",
            "```facts",
            "values:",
        ]
        var group: String?
        for metric in schema.metrics {
            if metric.group != group, let heading = metric.group {
                lines.append("  # --- \(heading)")
                group = heading
            }
            lines.append("  # \(metric.id): \(placeholder(metric))   # \(metric.label) (\(metric.unit))")
        }
        lines += ["```", "-->"]
        return lines
    }

    static func placeholder(_ metric: Metric) -> String {
        let parts = metric.parts.isEmpty ? "" : ", parts: {" + metric.parts.map { "\($0.key): 0" }.joined(separator: ", ") + "}"
        switch metric.kind {
        case .ratio: return "{value: 0, of: 0" + parts + "}"
        case .amount: return "{value: 0, scale: million" + parts + "}"
        case .count, .percent: return parts.isEmpty ? "0" : "{value: 0" + parts + "}"
        }
    }

    /// A YAML double-quoted scalar: a JSON string is one, control characters escaped included.
    static func quoted(_ text: String) -> String {
        JSONValue.quoted(text)
    }
}
