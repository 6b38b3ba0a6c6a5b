/// The pieces of language charts share: list joining, hedges, short axis numbers.
extension UIStrings {
    /// Joins items as the language does: "A", "A và B", "A, B và C".
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " " + self[.chartAnd] + " " + last
    }

    /// The sentence for a chart with nothing to show.
    func noData(_ subject: String) -> String {
        format(.chartNoData, ["subject": subject])
    }

    /// `text` behind its hedge, if any: "trên 59.466".
    func hedged(_ text: String, _ approx: Approximation?) -> String {
        guard let approx else { return text }
        let word = switch approx {
        case .over: self[.chartOver]
        case .about: self[.chartAbout]
        case .under: self[.chartUnder]
        }
        return word + " " + text
    }

    /// A datum's value as every label, table cell and sentence of a chart shows it: "trên 59.466", "86,1".
    func text(of datum: ChartDatum) -> String {
        hedged(VietnameseNumberFormat.written(datum.value), datum.approx)
    }

    /// An axis label in short form with this language's scale words: "2,5 triệu".
    func compact(_ x: Double) -> String {
        VietnameseNumberFormat.compact(x, scaleWords: (self[.chartMillion], self[.chartBillion], self[.chartTrillion]))
    }
}
