/// A part of a whole as a progress bar with "86,1%" and "1.010/1.173".
///
/// Shows both the percentage and the counts it comes from, so a reader can check
/// the arithmetic the bulletin's checker has already done.
public struct RatioChart: Equatable, Sendable {
    /// Prefix for ids inside the SVG; must be unique on the page.
    public var id: String
    /// Accessible name, as in "Tỷ lệ hộ được phổ biến ở xã Đạ Đờn".
    public var title: String
    /// What the ratio measures, opening the summary sentence.
    public var subject: String
    /// The counted part, as in 1.010 households reached.
    public var value: WrittenNumber
    /// The whole it is a part of, as in 1.173 households.
    public var of: WrittenNumber
    /// The hedge on the counted part: "trên 1.010/1.173" is also "trên 86,1%".
    public var approx: Approximation?
    /// Decimals of the percentage.
    public var fractionDigits: Int
    public var valueHeading: String
    public var ofHeading: String
    /// The site's interface text, for the sentence, the hedge and the table.
    public var strings: UIStrings

    public init(
        id: String, title: String, subject: String? = nil, value: WrittenNumber, of: WrittenNumber,
        approx: Approximation? = nil, fractionDigits: Int = 1, valueHeading: String? = nil, ofHeading: String? = nil,
        strings: UIStrings
    ) {
        self.id = id
        self.title = title
        self.subject = subject ?? title
        self.value = value
        self.of = of
        self.approx = approx
        self.fractionDigits = fractionDigits
        self.valueHeading = valueHeading ?? strings[.chartReached]
        self.ofHeading = ofHeading ?? strings[.chartTotal]
        self.strings = strings
    }

    /// value / of, or nil when the whole is not positive and no ratio exists.
    public var ratio: Double? {
        of.value > 0 && value.value.isFinite ? value.value / of.value : nil
    }

    /// "86,1%" (with the hedge: "trên 86,1%"), or "—" when there is no ratio.
    public var percentText: String {
        ratio.map { hedged(VietnameseNumberFormat.percent($0 * 100, fractionDigits: fractionDigits)) } ?? "—"
    }

    /// "1.010/1.173", or "trên 1.010/1.173".
    public var countsText: String {
        hedged(VietnameseNumberFormat.written(value)) + "/" + VietnameseNumberFormat.written(of)
    }

    private func hedged(_ text: String) -> String {
        strings.hedged(text, approx)
    }

    /// The finding in one sentence: "… đạt 86,1% (1.010/1.173)."
    public var summary: String {
        ratio == nil
            ? strings.format(.chartNoRatio, ["subject": subject, "counts": countsText])
            : strings.format(.chartRatio, ["subject": subject, "percent": percentText, "counts": countsText])
    }

    /// The chart as an SVG tree.
    ///
    /// The bar is clamped to 0…100 % while the text keeps the real figure, so 105 %
    /// fills the track and still reads "105,0%".
    public func svg() -> SVGElement {
        let trackWidth = ChartStyle.width - 2
        let filled = Swift.min(Swift.max(ratio ?? 0, 0), 1) * trackWidth
        return .chartRoot(
            id: id, kind: "ratio", height: 84, title: title, summary: summary,
            children: [
                SVGElement(
                    "text",
                    [
                        "x": 1, "y": 32, "font-size": .number(ChartStyle.largeFontSize), "font-weight": 700,
                        "fill": .text(ChartPalette.text),
                    ], text: percentText),
                SVGElement(
                    "text",
                    [
                        "x": .number(ChartStyle.width - 1), "y": 32, "text-anchor": "end",
                        "fill": .text(ChartPalette.text),
                    ],
                    text: countsText),
                SVGElement(
                    "rect",
                    [
                        "class": "track", "x": 1, "y": 48, "width": .number(trackWidth), "height": 32,
                        "fill": .text(ChartPalette.surface), "stroke": .text(ChartPalette.grid), "stroke-width": 2,
                    ]),
                SVGElement(
                    "rect",
                    [
                        "class": "bar", "x": 1, "y": 48, "width": .number(filled), "height": 32,
                        "fill": .text(ChartPalette.mark(0).paint),
                    ]),
            ])
    }

    /// The SVG markup, ready to inline in a page.
    public var rendered: String { svg().render() }

    /// The part, the whole and the percentage as a table.
    public var table: ChartTable {
        ChartTable(
            caption: title, columnHeadings: [strings[.chartMetric], strings[.chartValue]],
            rows: [
                ChartTableRow(heading: valueHeading, cells: [hedged(VietnameseNumberFormat.written(value))]),
                ChartTableRow(heading: ofHeading, cells: [VietnameseNumberFormat.written(of)]),
                ChartTableRow(heading: strings[.chartShare], cells: [percentText]),
            ])
    }
}
