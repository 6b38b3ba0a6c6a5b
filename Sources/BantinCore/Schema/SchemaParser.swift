import Yams

/// Reads `content/schema.yaml`; a malformed schema is reported like content, at its line.
public enum SchemaParser {
    public static let path = "content/schema.yaml"
    static let metricKeys = ["label", "unit", "kind", "group", "description", "parts"]

    public static func parse(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> MetricSchema {
        var schema = MetricSchema()
        let source = YAMLSource(file: file)
        guard let root = source.compose(file.text, into: &diagnostics) else { return schema }
        guard let top = YAMLMapping(root, source: source, what: "the schema", knownKeys: ["metrics"], diagnostics: &diagnostics) else {
            return schema
        }
        guard let metricsNode = top["metrics"] else {
            diagnostics.error(.missingKey, "the schema has no 'metrics'", at: source.location(root), hint: "start the file with 'metrics:'")
            return schema
        }
        guard case .mapping(let metrics) = metricsNode else {
            diagnostics.error(.wrongType, "'metrics' must map metric ids to their descriptions", at: source.location(metricsNode))
            return schema
        }
        for (key, value) in metrics {
            let keyLocation = source.location(key)
            guard let id = key.scalar?.string, !id.isEmpty else { continue }
            guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }), id.first?.isLetter == true else {
                diagnostics.error(.badMetricID, "metric id '\(id)' must be lower case letters, digits and '_'", at: keyLocation,
                                  hint: "for example 'propaganda_sessions'")
                continue
            }
            // The id names the metric's folder of the statistics pages.
            if let problem = VietnameseSlug.lengthProblem(id, what: "the metric id", at: keyLocation, fix: "choose a shorter id") {
                diagnostics.append(problem)
                continue
            }
            guard let mapping = YAMLMapping(value, source: source, what: "metric '\(id)'", knownKeys: metricKeys, diagnostics: &diagnostics) else {
                continue
            }
            mapping.require(["label", "unit", "kind"], what: "metric '\(id)'", at: keyLocation, diagnostics: &diagnostics)
            let label = mapping.text("label", diagnostics: &diagnostics)
            let unit = mapping.text("unit", diagnostics: &diagnostics)
            var kind: MetricKind?
            if let written = mapping.text("kind", diagnostics: &diagnostics) {
                kind = MetricKind(rawValue: written)
                if kind == nil {
                    let names = MetricKind.allCases.map(\.rawValue)
                    diagnostics.error(.unknownKind, "unknown kind '\(written)' of metric '\(id)'", at: mapping.location("kind"),
                                      hint: NearestName.suggest(for: written, among: names).map { "did you mean '\($0)'?" }
                                        ?? "a kind is one of: \(names.joined(separator: ", "))")
                }
            }
            var parts: [Metric.Part] = []
            if let partsNode = mapping["parts"] {
                if case .mapping(let partMap) = partsNode {
                    for (partKey, partLabel) in partMap {
                        guard let keyText = partKey.scalar?.string, let labelText = partLabel.scalar?.string, !labelText.isEmpty else {
                            diagnostics.error(.wrongType, "each part of '\(id)' maps a key to a label, like 'provincial: Cấp tỉnh'", at: source.location(partKey))
                            continue
                        }
                        if parts.contains(where: { $0.key == keyText }) {
                            diagnostics.error(.duplicateKey, "part '\(keyText)' of '\(id)' is given twice", at: source.location(partKey))
                            continue
                        }
                        parts.append(.init(key: keyText, label: labelText))
                    }
                } else {
                    diagnostics.error(.wrongType, "'parts' of '\(id)' must map keys to labels, like {provincial: Cấp tỉnh}", at: source.location(partsNode))
                }
            }
            guard let label, let unit, let kind else { continue }
            schema.add(Metric(
                id: id, label: label, unit: unit, kind: kind,
                group: mapping.text("group", diagnostics: &diagnostics),
                description: mapping.text("description", diagnostics: &diagnostics),
                parts: parts, location: keyLocation
            ))
        }
        return schema
    }
}
