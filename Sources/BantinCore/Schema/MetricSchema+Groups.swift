extension MetricSchema {
    /// `items` under the `group` of their metric, and those of a metric without one (or of no
    /// metric of the schema) under `other`; groups in the order of their first item, items in
    /// their order. The statistics page and a locality's figures group the same way.
    func grouped<Item>(_ items: [Item], other: String, metric: (Item) -> String) -> [(name: String, items: [Item])] {
        var groups: [(name: String, items: [Item])] = []
        var positions: [String: Int] = [:]
        for item in items {
            let name = self[metric(item)]?.group ?? other
            if let position = positions[name] {
                groups[position].items.append(item)
            } else {
                positions[name] = groups.count
                groups.append((name, [item]))
            }
        }
        return groups
    }
}
