import BantinMarkdown
import Yams

/// Reads one metric's value, short (`6003`) or long (`{value: 1010, of: 1173, percent: 86.1}`), and checks it.
struct ValueReader {
    struct Reading {
        var written: WrittenNumber
        var scale: NumberScale?
        var approx: Approximation?
        var of: WrittenNumber?
        var percent: WrittenNumber?
        var parts: [Fact.Part] = []
        var note: String?
    }

    let metric: Metric
    let source: YAMLSource
    let keyLocation: SourceLocation

    mutating func read(_ node: Node, diagnostics: inout DiagnosticBag) -> Reading? {
        if case .scalar = node {
            guard let number = number(node, label: metric.id, diagnostics: &diagnostics) else { return nil }
            var reading = Reading(written: number)
            guard check(&reading, valueNode: node, label: metric.id, mapping: nil, diagnostics: &diagnostics) else { return nil }
            return reading
        }
        guard let mapping = YAMLMapping(node, source: source, what: "the value of '\(metric.id)'", knownKeys: FactBlockReader.valueKeys, diagnostics: &diagnostics) else {
            return nil
        }
        guard let valueNode = mapping["value"] else {
            diagnostics.error(.missingValue, "'\(metric.id)' has no 'value'", at: source.location(node), hint: "write {value: …} with the number itself")
            return nil
        }
        guard let written = number(valueNode, label: "value", diagnostics: &diagnostics) else { return nil }
        var reading = Reading(written: written)
        var ok = true
        if let scale = mapping.text("scale", diagnostics: &diagnostics) {
            if let parsed = NumberScale(rawValue: scale) {
                if metric.kind == .ratio || metric.kind == .percent {
                    diagnostics.error(.badScale, "a \(metric.kind.rawValue) takes no 'scale'", at: mapping.location("scale"))
                    ok = false
                }
                reading.scale = parsed
            } else {
                diagnostics.error(.badScale, "unknown scale '\(scale)'", at: mapping.location("scale"),
                                  hint: "write thousand (nghìn), million (triệu) or billion (tỷ)")
                ok = false
            }
        }
        if let approx = mapping.text("approx", diagnostics: &diagnostics) {
            if let parsed = Approximation(rawValue: approx) {
                reading.approx = parsed
            } else {
                let names = Approximation.allCases.map(\.rawValue)
                diagnostics.error(.unknownApprox, "unknown approx '\(approx)'", at: mapping.location("approx"),
                                  hint: NearestName.suggest(for: approx, among: names).map { "did you mean '\($0)'?" }
                                    ?? "write over (trên, hơn), about (khoảng, gần) or under (dưới)")
                ok = false
            }
        }
        reading.note = mapping.text("note", diagnostics: &diagnostics)
        if let ofNode = mapping["of"] {
            if metric.kind != .ratio {
                diagnostics.error(.ratioOnly, "'of' is only for ratio metrics, and '\(metric.id)' is a \(metric.kind.rawValue)", at: source.location(mapping.keyNode("of")!),
                                  hint: "make '\(metric.id)' kind: ratio in content/schema.yaml, or use a ratio metric")
                ok = false
            } else if let of = number(ofNode, label: "of", diagnostics: &diagnostics) {
                reading.of = of
                if !exact(of, node: ofNode, label: "of", scale: nil, diagnostics: &diagnostics)
                    || !whole(of, node: ofNode, label: "of", scale: nil, diagnostics: &diagnostics) { ok = false }
            } else {
                ok = false
            }
        }
        if let percentNode = mapping["percent"] {
            if let percent = number(percentNode, label: "percent", diagnostics: &diagnostics) {
                reading.percent = percent
                if !exact(percent, node: percentNode, label: "percent", scale: nil, diagnostics: &diagnostics) {
                    ok = false
                } else if percent.value < 0 || percent.value > 100 {
                    diagnostics.error(.percentRange, "percent \(VietnameseNumberFormat.written(percent))% is outside 0–100", at: source.location(percentNode))
                    ok = false
                } else if metric.kind != .ratio {
                    diagnostics.error(.ratioOnly, "'percent' states the share of a ratio, and '\(metric.id)' is a \(metric.kind.rawValue)", at: source.location(mapping.keyNode("percent")!),
                                      hint: "use a ratio metric with 'of', or a metric of kind percent")
                    ok = false
                }
            } else {
                ok = false
            }
        }
        if let partsNode = mapping["parts"] {
            if let parts = readParts(partsNode, scale: reading.scale, diagnostics: &diagnostics) {
                reading.parts = parts
            } else {
                ok = false
            }
        }
        guard ok, check(&reading, valueNode: valueNode, label: "value", mapping: mapping, diagnostics: &diagnostics) else { return nil }
        return reading
    }

    /// The checks that depend on the metric's kind and on the other keys.
    private func check(_ reading: inout Reading, valueNode: Node, label: String, mapping: YAMLMapping?, diagnostics: inout DiagnosticBag) -> Bool {
        let written = reading.written
        let location = source.location(valueNode)
        let shown = scalarText(valueNode)
        // A figure the scale pushes past the largest Double would print as ∞ and drop out of the JSON export.
        if !(written.value * (reading.scale?.multiplier ?? 1)).isFinite {
            diagnostics.error(.numberTooLarge, "'\(label): \(shown)' is too large", at: location, hint: Self.tooLargeHint)
            return false
        }
        if written.value < 0 {
            diagnostics.error(.negativeNumber, "'\(label): \(shown)' is negative", at: location, hint: "figures of the bulletin are never below zero; write the number without '-'")
            return false
        }
        guard exact(written, node: valueNode, label: label, scale: reading.scale, diagnostics: &diagnostics) else { return false }
        switch metric.kind {
        case .count, .ratio:
            guard whole(written, node: valueNode, label: label, scale: reading.scale, diagnostics: &diagnostics) else { return false }
        case .percent:
            if written.value > 100 {
                diagnostics.error(.percentRange, "'\(label): \(shown)' is not a percentage from 0 to 100", at: location)
                return false
            }
        case .amount:
            break
        }
        if metric.kind == .ratio {
            guard let of = reading.of else {
                diagnostics.error(.ratioWithoutTotal, "'\(metric.id)' is a ratio but has no 'of'", at: keyLocation,
                                  hint: "write {value: \(VietnameseNumberFormat.plain(written)), of: …} with the total it is out of")
                return false
            }
            let ofLocation = mapping.flatMap { $0["of"] }.map { source.location($0) } ?? keyLocation
            if of.value.rounded() != of.value || of.value <= 0 {
                diagnostics.error(.badTotal, "'of: \(VietnameseNumberFormat.plain(of))' must be a whole number above zero", at: ofLocation)
                return false
            }
            if written.value > of.value {
                diagnostics.error(.partAboveTotal, "'value: \(VietnameseNumberFormat.plain(written))' is greater than 'of: \(VietnameseNumberFormat.plain(of))'", at: location,
                                  hint: "a ratio counts a part of a total; check that the two numbers are not swapped")
                return false
            }
            if let percent = reading.percent, let percentNode = mapping?["percent"] {
                let computed = written.value / of.value * 100
                // The stated figure holds if it is the computed one rounded at its last written digit.
                let tolerance = 0.5 * pow10(-percent.fractionDigits) + 1e-9
                if abs(computed - percent.value) > tolerance {
                    let correct = VietnameseNumberFormat.decimal(computed, fractionDigits: percent.fractionDigits)
                    diagnostics.error(.percentMismatch,
                        "percent \(VietnameseNumberFormat.written(percent))% does not match \(VietnameseNumberFormat.decimal(written.value, fractionDigits: 0))/\(VietnameseNumberFormat.decimal(of.value, fractionDigits: 0)) = \(VietnameseNumberFormat.decimal(computed, fractionDigits: max(2, percent.fractionDigits + 1)))%",
                        at: source.location(percentNode),
                        hint: "write percent: \(correct.replacingOccurrences(of: ",", with: ".")), or check the two counts"
                    )
                    return false
                }
            }
        }
        if !reading.parts.isEmpty, reading.approx == nil {
            let sum = reading.parts.reduce(0) { $0 + $1.value.value }
            if abs(sum - written.value) > 1e-9 * max(1, abs(sum)) {
                let terms = reading.parts.map { VietnameseNumberFormat.written($0.value) }.joined(separator: " + ")
                let partsLocation = mapping.flatMap { $0["parts"] }.map { source.location($0) } ?? location
                diagnostics.error(.partsSum,
                    "the parts of '\(metric.id)' add up to \(VietnameseNumberFormat.number(sum)), not \(VietnameseNumberFormat.written(written))",
                    at: partsLocation,
                    notes: [.init("\(terms) = \(VietnameseNumberFormat.number(sum))")],
                    hint: "check each part, or add 'approx: over' if the parts are not the whole"
                )
                return false
            }
        }
        return true
    }

    private func readParts(_ node: Node, scale: NumberScale?, diagnostics: inout DiagnosticBag) -> [Fact.Part]? {
        guard case .mapping(let map) = node else {
            diagnostics.error(.wrongType, "'parts' must map part keys to numbers", at: source.location(node))
            return nil
        }
        if metric.parts.isEmpty {
            diagnostics.error(.noParts, "'\(metric.id)' has no parts in the schema", at: source.location(node),
                              hint: "add 'parts: {key: Label, …}' to '\(metric.id)' in content/schema.yaml")
            return nil
        }
        var parts: [Fact.Part] = []
        var ok = true
        for (key, value) in map {
            guard let name = key.scalar?.string else { continue }
            guard metric.part(name) != nil else {
                let known = metric.parts.map(\.key)
                diagnostics.error(.unknownPart, "unknown part '\(name)' of '\(metric.id)'", at: source.location(key),
                                  hint: NearestName.suggest(for: name, among: known).map { "did you mean '\($0)'?" }
                                    ?? "parts of '\(metric.id)': \(known.joined(separator: ", "))")
                ok = false
                continue
            }
            guard let number = number(value, label: name, diagnostics: &diagnostics) else { ok = false; continue }
            if number.value < 0 {
                diagnostics.error(.negativeNumber, "'\(name): \(scalarText(value))' is negative", at: source.location(value))
                ok = false
                continue
            }
            guard exact(number, node: value, label: name, scale: scale, diagnostics: &diagnostics) else { ok = false; continue }
            // A part is written in the value's scale, but counted in whole units as written.
            if metric.kind == .count || metric.kind == .ratio, !whole(number, node: value, label: name, scale: nil, diagnostics: &diagnostics) {
                ok = false
                continue
            }
            parts.append(.init(key: name, value: number))
        }
        // Keep the schema's order, whatever order the author wrote.
        let order = Dictionary(uniqueKeysWithValues: metric.parts.enumerated().map { ($1.key, $0) })
        parts.sort { order[$0.key, default: .max] < order[$1.key, default: .max] }
        return ok ? parts : nil
    }

    /// A finite number: a long run of digits reads as infinity, which no page or export can show.
    private func number(_ node: Node, label: String, diagnostics: inout DiagnosticBag) -> WrittenNumber? {
        guard let number = writtenNumber(node, label: label, diagnostics: &diagnostics) else { return nil }
        guard number.value.isFinite else {
            diagnostics.error(.numberTooLarge, "'\(label): \(scalarText(node))' is too large", at: source.location(node), hint: Self.tooLargeHint)
            return nil
        }
        return number
    }

    /// A number: plain YAML notation unquoted, Vietnamese notation quoted.
    private func writtenNumber(_ node: Node, label: String, diagnostics: inout DiagnosticBag) -> WrittenNumber? {
        guard case .scalar(let scalar) = node else {
            diagnostics.error(.notANumber, "'\(label)' must be a number", at: source.location(node))
            return nil
        }
        let text = scalar.string
        if scalar.style == .plain {
            if let number = VietnameseNumberParser.parsePlain(text) { return number }
            if text.contains(",") {
                // "1,000" is English for a thousand, and quoted as it is it would read as one.
                let groups = text.split(separator: ",", omittingEmptySubsequences: false)
                let thousands = groups.count >= 2 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
                    && groups.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
                let grouped = groups.joined(separator: ".")
                diagnostics.error(.notANumber, "'\(label): \(text)' is not a number in YAML", at: source.location(node),
                                  hint: thousands
                                    ? "in Vietnamese notation ',' marks decimals (\(Self.commaExample)): write \"\(grouped)\" or \(groups.joined())"
                                    : "quote numbers written the Vietnamese way: \"\(text)\"")
            } else {
                diagnostics.error(.notANumber, "'\(label): \(text)' is not a number", at: source.location(node), hint: "write digits, like 6003 or \"6.003\"")
            }
            return nil
        }
        switch VietnameseNumberParser.parse(text) {
        case .success(let number):
            return number
        case .failure(let failure):
            let hint: String
            switch failure {
            case .misplacedGroupSeparator:
                hint = "in Vietnamese notation '.' groups thousands (6.003) and ',' marks decimals (86,1)"
            case .multipleDecimalSeparators:
                hint = "a number has at most one ',' (the decimal mark)"
            case .empty:
                hint = "write the number between the quotes"
            case .invalidCharacter(let character):
                hint = "'\(character)' is not part of a number; write digits with '.' for thousands and ',' for decimals"
            }
            diagnostics.error(.numberNotation, "'\(label): \"\(text)\"' is not a number in Vietnamese notation", at: source.location(node), hint: hint)
            return nil
        }
    }

    /// A figure of more digits than a Double keeps exactly is refused, never rounded: see `WrittenNumber.maxDigits`.
    private func exact(_ number: WrittenNumber, node: Node, label: String, scale: NumberScale?, diagnostics: inout DiagnosticBag) -> Bool {
        guard let count = number.digitCount(scale: scale), count > WrittenNumber.maxDigits else { return true }
        let scaled = scale.map { " \($0.word)" } ?? ""
        diagnostics.error(.tooManyDigits, "'\(label): \(scalarText(node))'\(scaled) has more than the \(WrittenNumber.maxDigits) digits a figure may have",
                          at: source.location(node), hint: Self.tooManyDigitsHint)
        return false
    }

    /// Counts are whole numbers, written without decimals: a decimal comma or point in a count is
    /// nearly always a thousands separator misread ("1,000" is one, not a thousand). Under a scale,
    /// decimals are fine as long as the scale makes them whole: "1,5" nghìn is 1.500.
    private func whole(_ number: WrittenNumber, node: Node, label: String, scale: NumberScale?, diagnostics: inout DiagnosticBag) -> Bool {
        guard number.fractionDigits > 0, case .scalar(let scalar) = node else { return true }
        let location = source.location(node)
        let shown = scalarText(node)
        if let scale {
            // Whole once scaled when it has no more significant decimals than the scale has zeros.
            guard let expansion = DecimalExpansion(number.value), expansion.digits.count - expansion.pointPosition > scale.exponent else { return true }
            diagnostics.error(.notWhole, "'\(label): \(shown)' \(scale.word) is not a whole number", at: location,
                              hint: "'\(metric.id)' counts \(metric.unit): write a whole number")
            return false
        }
        let text = Whitespace.trimming(scalar.string, where: Whitespace.isSpace)
        if scalar.style != .plain, let comma = text.firstIndex(of: ",") {
            let decimals = text[text.index(after: comma)...]
            let integer = text[..<comma]
            var hint = "in Vietnamese notation ',' marks decimals (\(Self.commaExample))"
            if decimals.count == 3 {
                let grouped = integer + "." + decimals
                hint += ": if you mean \(grouped), write \"\(grouped)\" or \(integer.replacingOccurrences(of: ".", with: "") + decimals)"
            } else if decimals.allSatisfy({ $0 == "0" }) {
                hint += ": write \"\(integer)\" or \(integer.replacingOccurrences(of: ".", with: ""))"
            } else {
                hint += "; '\(metric.id)' counts \(metric.unit): write a whole number"
            }
            diagnostics.error(.notWhole, "'\(label): \(shown)' has a decimal comma, and a count is a whole number", at: location, hint: hint)
            return false
        }
        var hint = label == "value" || label == metric.id ? "'\(metric.id)' counts \(metric.unit): write a whole number" : "write a whole number"
        if scalar.style == .plain, Self.looksLikeThousands(text) {
            let digits = text.replacingOccurrences(of: ".", with: "")
            hint = "in YAML \(text) is a decimal; write \(Int(digits).map(String.init) ?? digits), or \"\(text)\" in Vietnamese notation"
        } else if number.isWhole {
            hint = "write \(VietnameseNumberFormat.decimal(number.value, fractionDigits: 0).replacingOccurrences(of: ".", with: "")) without decimals"
        }
        let problem = number.isWhole ? "is written with decimals, and a count is a whole number" : "is not a whole number"
        diagnostics.error(.notWhole, "'\(label): \(shown)' \(problem)", at: location, hint: hint)
        return false
    }

    /// The Vietnamese notation rule in one line, as a reader would say it.
    static let commaExample = "1,000 là một; một nghìn viết 1.000"

    static let tooManyDigitsHint = "figures are kept exact up to \(WrittenNumber.maxDigits) digits in all, decimals included (999.999.999.999.999); check the digits"

    static let tooLargeHint = "check the digits; write large amounts with a scale, like {value: \"74,2\", scale: billion}"

    /// "6.003", "1.234.567": a number whose dots group thousands, as Vietnamese writes them.
    static func looksLikeThousands(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private func scalarText(_ node: Node) -> String {
        guard case .scalar(let scalar) = node else { return "" }
        return scalar.style == .plain ? scalar.string : "\"\(scalar.string)\""
    }
}

private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
    return result
}
