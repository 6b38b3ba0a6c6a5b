/// JSON Schemas (draft 2020-12) of an article's front matter and of a fact block, made from
/// the content format and the site's `schema.yaml`, for editors that check YAML as it is typed.
///
/// Both forbid keys they do not list (`additionalProperties: false`), so a misspelt key or an
/// unknown metric is underlined in the editor before the build says so.
public struct JSONSchemaWriter: Sendable {
    public static let frontMatterFile = "front-matter.schema.json"
    public static let factsFile = "facts.schema.json"
    static let draft = "https://json-schema.org/draft/2020-12/schema"

    public let references: SiteReferences

    public init(references: SiteReferences) {
        self.references = references
    }

    /// File name → contents.
    public var files: [String: String] {
        [Self.frontMatterFile: frontMatter.printed(), Self.factsFile: facts.printed()]
    }

    /// Key, JSON type and description of every front-matter key, in `ArticleParser.knownKeys` order.
    static let frontMatterKeys: [String: (JSONValue, String)] = [
        "title": (.object([("type", .string("string")), ("minLength", .int(1))]),
                  "The headline. Quote it when it contains ': '."),
        "date": (.object([("type", .string("string")),
                          ("pattern", .string(#"^[0-9]{4}(-[0-9]{2}(-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})?)?)?)?$"#))]),
                 "When the article was published: 2023-05-26, or 2023-05-26T16:29:00+07:00. Vietnam time when no zone is written."),
        "locality": (.object([("$ref", .string("#/$defs/locality"))]),
                     "The place the article is about, as a path of the gazetteer: lam-dong/lam-ha."),
        "localities": (.object([("type", .string("array")), ("items", .object([("$ref", .string("#/$defs/locality"))]))]),
                       "Other places the article names, as paths of the gazetteer."),
        "author": (.object([("type", .string("string"))]), "The byline, in normal case: Nguyệt Thu."),
        "source": (.object([("type", .string("string"))]), "Where the article was first published: Báo Lâm Đồng."),
        "source_url": (.object([("type", .string("string")), ("pattern", .string("^https?://"))]),
                       "The address of the original, starting with https:// or http://."),
        "period": (.object([("$ref", .string("#/$defs/period"))]),
                   "The time the figures cover: 2024, 2014-2023 or 2024-05. Default: the year of date."),
        "tags": (.object([("type", .string("array")), ("items", .object([("type", .string("string"))]))]),
                 "Subjects, in Vietnamese and lower case: [tổng kết, tuyên truyền]."),
        "summary": (.object([("type", .string("string"))]), "One or two sentences for lists. Default: the first paragraph."),
        "image": (.object([("type", .string("string"))]), "A picture, relative to the article's folder or to content/static/."),
        "image_alt": (.object([("type", .string("string")), ("minLength", .int(1))]),
                      "What the picture shows, for readers who cannot see it. Required with image."),
        "draft": (.object([("type", .string("boolean"))]), "true keeps the article out of the site unless built with --drafts."),
        "slug": (.object([("type", .string("string")), ("pattern", .string("^[a-z0-9]+(-[a-z0-9]+)*$"))]),
                 "The last part of the article's address. Default: made from the title."),
        "corrections": (.object([
            ("type", .string("array")),
            ("items", .object([
                ("type", .string("object")),
                ("required", .array([.string("date"), .string("text")])),
                ("additionalProperties", .bool(false)),
                ("properties", .object([
                    ("date", .object([("type", .string("string")),
                                      ("pattern", .string(#"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$"#)),
                                      ("description", .string("The day the correction was made: 2024-01-15. Not before the article, not in the future."))])),
                    ("text", .object([("type", .string("string")), ("minLength", .int(1)),
                                      ("description", .string("What was wrong and what is right, as readers see it."))])),
                ])),
            ])),
        ]), "Corrections made after publication (Đính chính), each with its date and text; the newest is the article's date of change."),
    ]

    public var frontMatter: JSONValue {
        let properties = ArticleParser.knownKeys.map { key -> (String, JSONValue) in
            guard let (type, description) = Self.frontMatterKeys[key], case .object(let members) = type else {
                return (key, .object([]))
            }
            return (key, .object(members + [("description", .string(description))]))
        }
        return .object([
            ("$schema", .string(Self.draft)),
            ("$id", .string(Self.frontMatterFile)),
            ("title", .string("Front matter of a Bantin article")),
            ("type", .string("object")),
            ("required", .array([.string("title"), .string("date"), .string("locality")])),
            ("additionalProperties", .bool(false)),
            ("properties", .object(properties)),
            ("dependentRequired", .object([("image", .array([.string("image_alt")]))])),
            ("$defs", .object([("locality", locality), ("period", Self.period)])),
        ])
    }

    public var facts: JSONValue {
        let schema = references.schema
        let values = schema.metrics.map { metric in
            (metric.id, JSONValue.object([("$ref", .string("#/$defs/metrics/\(metric.id)"))]))
        }
        let metrics = schema.metrics.map { ($0.id, Self.metric($0)) }
        return .object([
            ("$schema", .string(Self.draft)),
            ("$id", .string(Self.factsFile)),
            ("title", .string("A fact block of a Bantin article (```facts)")),
            ("type", .string("object")),
            ("required", .array([.string("values")])),
            ("additionalProperties", .bool(false)),
            ("properties", .object([
                ("locality", .object([("$ref", .string("#/$defs/locality")),
                                      ("description", .string("Where the figures belong. Default: the article's locality."))])),
                ("period", .object([("$ref", .string("#/$defs/period")),
                                    ("description", .string("The time the figures cover. Default: the article's period, or the year of its date."))])),
                ("source", .object([("type", .string("string")),
                                    ("description", .string("A short note on where the figures come from."))])),
                ("values", .object([
                    ("type", .string("object")),
                    ("description", .string("Each metric of content/schema.yaml that the paragraph states, with its value.")),
                    ("minProperties", .int(1)),
                    ("additionalProperties", .bool(false)),
                    ("properties", .object(values)),
                ])),
            ])),
            ("$defs", .object([
                ("locality", locality),
                ("period", Self.period),
                ("whole", Self.whole),
                ("number", Self.number),
                ("approx", .object([("enum", .array(Approximation.allCases.map { .string($0.rawValue) })),
                                    ("description", .string("over: trên, hơn; about: khoảng, gần; under: dưới."))])),
                ("scale", .object([("enum", .array(NumberScale.allCases.map { .string($0.rawValue) })),
                                   ("description", .string("thousand: nghìn; million: triệu; billion: tỷ."))])),
                ("metrics", .object(metrics)),
            ])),
        ])
    }

    /// A path of the gazetteer, or an id that names one unit only; the list lets the editor complete it.
    var locality: JSONValue {
        .object([("type", .string("string")), ("enum", .array(references.localityReferences.map { .string($0) }))])
    }

    static let period: JSONValue = .object([
        ("type", .array([.string("string"), .string("integer")])),
        ("pattern", .string("^[0-9]{4}(-[0-9]{4}|-[0-9]{2})?$")),
    ])

    /// A whole number: plain (6003) or quoted in Vietnamese notation ("6.003").
    static let whole: JSONValue = .object([("anyOf", .array([
        .object([("type", .string("integer")), ("minimum", .int(0))]),
        .object([("type", .string("string")), ("pattern", .string(#"^([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)$"#))]),
    ]))])

    /// Any number: plain (86.1) or quoted in Vietnamese notation ("86,1", "1.234,5").
    static let number: JSONValue = .object([("anyOf", .array([
        .object([("type", .string("number")), ("minimum", .int(0))]),
        .object([("type", .string("string")), ("pattern", .string(#"^([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$"#))]),
    ]))])

    /// One metric: its short form (a number) or its long form with the keys its kind allows.
    static func metric(_ metric: Metric) -> JSONValue {
        let numberRef: JSONValue = .object([("$ref", .string(metric.kind == .count || metric.kind == .ratio ? "#/$defs/whole" : "#/$defs/number"))])
        var description = "\(metric.label) (\(metric.unit)); \(metric.kind.rawValue)"
        if let text = metric.description { description += ". " + text }
        var properties: [(String, JSONValue)] = [("value", numberRef)]
        switch metric.kind {
        case .ratio:
            properties.append(("of", .object([("$ref", .string("#/$defs/whole")), ("description", .string("The total it is out of."))])))
            properties.append(("percent", .object([("$ref", .string("#/$defs/number")), ("description", .string("The percentage as the article states it."))])))
        case .amount:
            properties.append(("scale", .object([("$ref", .string("#/$defs/scale"))])))
        case .count, .percent:
            break
        }
        properties.append(("approx", .object([("$ref", .string("#/$defs/approx"))])))
        if !metric.parts.isEmpty {
            properties.append(("parts", .object([
                ("type", .string("object")),
                ("additionalProperties", .bool(false)),
                ("properties", .object(metric.parts.map { part in
                    (part.key, .object([("$ref", .string("#/$defs/number")), ("description", .string(part.label))]))
                })),
            ])))
        }
        properties.append(("note", .object([("type", .string("string"))])))
        let long: JSONValue = .object([
            ("type", .string("object")),
            ("required", .array(metric.kind == .ratio ? [.string("value"), .string("of")] : [.string("value")])),
            ("additionalProperties", .bool(false)),
            ("properties", .object(properties)),
        ])
        // A ratio needs its `of`, so it has no short form.
        let forms: [JSONValue] = metric.kind == .ratio ? [long] : [numberRef, long]
        return .object([("description", .string(description)), ("anyOf", .array(forms))])
    }
}
