@testable import BantinCore

extension UIStrings {
    /// The default theme's Vietnamese strings, as a site with `language: vi` has them.
    static let vietnamese: UIStrings = {
        var diagnostics = DiagnosticBag()
        let theme = ThemeLoader.load(SiteConfig(title: "Bản tin"), from: MemorySiteSource([:]), diagnostics: &diagnostics)
        precondition(!diagnostics.hasErrors, "the default theme's strings have errors: \(diagnostics.diagnostics)")
        return theme!.strings
    }()
}

// Charts as a Vietnamese site draws them, for tests that are about the drawing.

extension TimeSeriesChart {
    init(id: String, title: String, subject: String? = nil, points: [ChartDatum], periodHeading: String? = nil, valueHeading: String? = nil) {
        self.init(id: id, title: title, subject: subject, points: points, periodHeading: periodHeading, valueHeading: valueHeading,
                  strings: .vietnamese)
    }
}

extension ComparisonChart {
    init(id: String, title: String, subject: String? = nil, items: [ChartDatum], labelHeading: String? = nil, valueHeading: String? = nil) {
        self.init(id: id, title: title, subject: subject, items: items, labelHeading: labelHeading, valueHeading: valueHeading,
                  strings: .vietnamese)
    }
}

extension BreakdownChart {
    init(id: String, title: String, subject: String? = nil, parts: [ChartDatum], fractionDigits: Int = 1,
         labelHeading: String? = nil, valueHeading: String? = nil, shareHeading: String? = nil) {
        self.init(id: id, title: title, subject: subject, parts: parts, fractionDigits: fractionDigits, labelHeading: labelHeading,
                  valueHeading: valueHeading, shareHeading: shareHeading, strings: .vietnamese)
    }
}

extension RatioChart {
    init(id: String, title: String, subject: String? = nil, value: WrittenNumber, of: WrittenNumber,
         approx: Approximation? = nil, fractionDigits: Int = 1, valueHeading: String? = nil, ofHeading: String? = nil) {
        self.init(id: id, title: title, subject: subject, value: value, of: of, approx: approx, fractionDigits: fractionDigits,
                  valueHeading: valueHeading, ofHeading: ofHeading, strings: .vietnamese)
    }
}
