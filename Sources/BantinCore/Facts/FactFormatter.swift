/// Writes a figure the way a Vietnamese reader expects: "6.003 buổi", "trên 2.000 tin",
/// "1.010/1.173 vụ (86,1%)", "74,2 tỷ đồng".
///
/// Fixed rules, no locale: the page is the same on every machine.
public enum FactFormatter {
    /// The value with its hedge, scale and unit.
    public static func value(_ fact: Fact, metric: Metric) -> String {
        var text = ""
        if let approx = fact.approx { text += approx.word + " " }
        switch metric.kind {
        case .ratio:
            text += VietnameseNumberFormat.written(fact.written)
            if let of = fact.of { text += "/" + VietnameseNumberFormat.written(of) }
            text += " " + metric.unit
            if let percent = percentText(fact) { text += " (\(percent))" }
        case .percent:
            text += VietnameseNumberFormat.written(fact.written) + "%"
        case .count, .amount:
            text += VietnameseNumberFormat.written(fact.written)
            if let scale = fact.scale { text += " " + scale.word }
            text += " " + metric.unit
        }
        return text
    }

    /// The stated percentage, else the computed one to one decimal.
    public static func percentText(_ fact: Fact) -> String? {
        if let percent = fact.percent { return VietnameseNumberFormat.written(percent) + "%" }
        guard let computed = fact.computedPercent else { return nil }
        return VietnameseNumberFormat.percent(computed, fractionDigits: 1)
    }

    /// The breakdown: "Cấp tỉnh 24 · Cấp huyện 173 · Cấp xã 1.100".
    public static func parts(_ fact: Fact, metric: Metric) -> [(label: String, value: String)] {
        fact.parts.map { part in
            (metric.part(part.key)?.label ?? part.key, VietnameseNumberFormat.written(part.value))
        }
    }

    /// The sum as written in the text: "24 + 173 + 1.100".
    public static func partsSum(_ fact: Fact) -> String {
        fact.parts.map { VietnameseNumberFormat.written($0.value) }.joined(separator: " + ")
    }
}
