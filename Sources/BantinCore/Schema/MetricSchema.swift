/// The metrics a site's fact blocks may use, in the order the schema lists them.
public struct MetricSchema: Sendable {
    public private(set) var metrics: [Metric] = []
    private var byID: [String: Int] = [:]

    public init(_ metrics: [Metric] = []) {
        for metric in metrics { add(metric) }
    }

    mutating func add(_ metric: Metric) {
        byID[metric.id] = metrics.count
        metrics.append(metric)
    }

    public subscript(id: String) -> Metric? { byID[id].map { metrics[$0] } }

    public var ids: [String] { metrics.map(\.id) }

    /// Position in the schema, for a stable order of metrics on pages.
    public func order(of id: String) -> Int { byID[id] ?? .max }

    /// Metric ids in the schema's order, ids it does not list last by name; each looked up once.
    public func sorted(_ ids: some Sequence<String>) -> [String] {
        ids.map { (order: order(of: $0), id: $0) }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }.map(\.id)
    }
}
