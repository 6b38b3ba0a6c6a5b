/// The context of the `fact-card` template: one fact block as a card of figures.
struct FactCardView {
    let context: PageContext

    func make(_ block: FactBlock, from path: String, charts: ChartViews) -> [String: Any] {
        let rows: [[String: Any]] = block.facts.compactMap { fact in
            guard let metric = context.site.schema[fact.metric] else { return nil }
            var row: [String: Any] = [
                "metric": fact.metric,
                "label": metric.label,
                "value": FactFormatter.value(fact, metric: metric),
                "kind": metric.kind.rawValue,
            ]
            if let note = fact.note { row["note"] = note }
            let parts = FactFormatter.parts(fact, metric: metric)
            if !parts.isEmpty {
                row["parts"] = parts.map { ["label": $0.label, "value": $0.value] }
                row["parts_sum"] = FactFormatter.partsSum(fact)
                row["has_parts"] = true
            }
            if let chart = charts.ratio(fact, metric: metric) ?? charts.breakdown(fact, metric: metric) {
                row["chart"] = chart
            }
            if fact.locality != block.locality { row["other_locality"] = context.locality(fact.locality, from: path) }
            return row
        }
        var card: [String: Any] = [
            "locality": context.locality(block.locality, from: path),
            "period": block.period.display,
            "rows": rows,
            "t": context.theme.strings.all,
        ]
        if let source = block.source { card["source"] = source }
        return card
    }
}
