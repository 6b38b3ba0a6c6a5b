/// One metric of `content/schema.yaml`: what a figure in a fact block means.
public struct Metric: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public var key: String
        public var label: String
    }

    public var id: String
    /// Vietnamese label shown to readers: "Buổi tuyên truyền".
    public var label: String
    /// Unit word after the number: "buổi", "lượt người", "đồng".
    public var unit: String
    public var kind: MetricKind
    /// Heading that groups metrics on the statistics pages.
    public var group: String?
    public var description: String?
    /// The breakdown keys a value may give, in schema order.
    public var parts: [Part]
    public var location: SourceLocation?

    public func part(_ key: String) -> Part? { parts.first { $0.key == key } }
}
