/// Parts of a total as one stacked bar with a legend.
///
/// Colour alone never carries meaning: the legend repeats each label with its value
/// and share, and segments wide enough show their share inside. Gaps (or outlines,
/// for the light colours) separate neighbouring segments.
public struct BreakdownChart: Equatable, Sendable {
    /// Prefix for ids inside the SVG; must be unique on the page.
    public var id: String
    /// Accessible name, as in "Cơ cấu kinh phí tuyên truyền ở huyện Lâm Hà, 2024".
    public var title: String
    /// What the parts add up to, opening the summary sentence.
    public var subject: String
    /// Parts in the author's order; negative parts take no room in the bar.
    public var parts: [ChartDatum]
    /// Decimals of the shares.
    public var fractionDigits: Int
    public var labelHeading: String
    public var valueHeading: String
    public var shareHeading: String
    /// The site's interface text, for the sentence and the table.
    public var strings: UIStrings

    public init(
        id: String, title: String, subject: String? = nil, parts: [ChartDatum], fractionDigits: Int = 1,
        labelHeading: String? = nil, valueHeading: String? = nil, shareHeading: String? = nil, strings: UIStrings
    ) {
        self.id = id
        self.title = title
        self.subject = subject ?? title
        self.parts = parts
        self.fractionDigits = fractionDigits
        self.labelHeading = labelHeading ?? strings[.chartPart]
        self.valueHeading = valueHeading ?? strings[.chartValue]
        self.shareHeading = shareHeading ?? strings[.chartShare]
        self.strings = strings
    }

    /// The sum of the positive parts.
    public var total: Double {
        parts.reduce(0) { $0 + Swift.max($1.value.value, 0) }
    }

    /// Each part's share of `total` as text ("40,0%"), or nil for all when the total is zero.
    public var shareTexts: [String]? {
        let total = total
        guard total > 0 else { return nil }
        return parts.map {
            VietnameseNumberFormat.percent(Swift.max($0.value.value, 0) / total * 100, fractionDigits: fractionDigits)
        }
    }

    /// The finding in one sentence: "… gồm A 120 (40,0%), B 90 (30,0%) và C 90 (30,0%)."
    public var summary: String {
        guard !parts.isEmpty else { return strings.noData(subject) }
        let shares = shareTexts
        let items = parts.indices.map { index in
            let value = "\(parts[index].label) \(VietnameseNumberFormat.written(parts[index].value))"
            return shares.map { "\(value) (\($0[index]))" } ?? value
        }
        return strings.format(.chartParts, ["subject": subject, "parts": strings.list(items)])
    }

    /// The chart as an SVG tree.
    public func svg() -> SVGElement {
        let barWidth = ChartStyle.width - 2
        let total = total
        let shares = shareTexts
        var segments: [SVGElement] = []
        var inBarLabels: [SVGElement] = []
        var x = 1.0
        for index in parts.indices where total > 0 {
            let width = Swift.max(parts[index].value.value, 0) / total * barWidth
            guard width > 0 else { continue }
            let color = ChartPalette.mark(index)
            segments.append(
                SVGElement("rect", attributes: [
                    SVGAttribute("x", .number(x)), SVGAttribute("y", 1), SVGAttribute("width", .number(width)),
                    SVGAttribute("height", .number(Self.barHeight)), SVGAttribute("fill", .text(color.paint)),
                ] + Self.separator(for: color)))
            if let share = shares?[index], ChartStyle.estimatedWidth(of: share) + 12 <= width {
                inBarLabels.append(
                    SVGElement(
                        "text", ["x": .number(x + width / 2), "y": 28, "fill": .text(color.onPaint)], text: share))
            }
            x += width
        }
        let legend = parts.indices.map { index -> SVGElement in
            let top = Self.legendTop + Double(index) * Self.legendRowHeight
            let color = ChartPalette.mark(index)
            let value = VietnameseNumberFormat.written(parts[index].value)
            let text = "\(parts[index].label): " + (shares.map { "\(value) (\($0[index]))" } ?? value)
            return SVGElement(
                "g", ["class": "legend-item"],
                children: [
                    SVGElement("rect", attributes: [
                        SVGAttribute("x", 1), SVGAttribute("y", .number(top)), SVGAttribute("width", 20),
                        SVGAttribute("height", 20), SVGAttribute("fill", .text(color.paint)),
                    ] + (color.needsOutline ? Self.outline : [])),
                    SVGElement("text", ["x": 30, "y": .number(top + 17), "fill": .text(ChartPalette.text)], text: text),
                ])
        }
        let height = parts.isEmpty ? Self.barHeight + 8 : Self.legendTop + Double(parts.count) * Self.legendRowHeight
        let track = SVGElement(
            "rect",
            [
                "class": "track", "x": 1, "y": 1, "width": .number(barWidth), "height": .number(Self.barHeight),
                "fill": "none", "stroke": .text(ChartPalette.grid), "stroke-width": 2,
            ])
        return .chartRoot(
            id: id, kind: "breakdown", height: height, title: title, summary: summary,
            children: (segments.isEmpty ? [track] : [SVGElement("g", ["class": "segments"], children: segments)])
                + [
                    SVGElement("g", ["class": "shares", "text-anchor": "middle"], children: inBarLabels),
                    SVGElement("g", ["class": "legend"], children: legend),
                ])
    }

    /// The SVG markup, ready to inline in a page.
    public var rendered: String { svg().render() }

    /// Parts with values and shares, then the total, as a table.
    public var table: ChartTable {
        let shares = shareTexts
        let digits = parts.map(\.value.fractionDigits).max() ?? 0
        let totalShare = shares == nil ? "—" : VietnameseNumberFormat.percent(100, fractionDigits: fractionDigits)
        return ChartTable(
            caption: title, columnHeadings: [labelHeading, valueHeading, shareHeading],
            rows: parts.indices.map { index in
                ChartTableRow(
                    heading: parts[index].label,
                    cells: [VietnameseNumberFormat.written(parts[index].value), shares?[index] ?? "—"])
            } + [
                ChartTableRow(
                    heading: strings[.chartSum],
                    cells: [VietnameseNumberFormat.decimal(total, fractionDigits: digits), totalShare])
            ])
    }

    private static let barHeight: Double = 40
    private static let legendTop: Double = 64
    private static let legendRowHeight: Double = 32

    /// A dark outline, for colours under 3:1 on white.
    private static let outline = [SVGAttribute("stroke", .text(ChartPalette.text)), SVGAttribute("stroke-width", 1.5)]

    /// Segments are separated by a surface-coloured gap, or outlined when their colour is light.
    private static func separator(for color: ChartColor) -> [SVGAttribute] {
        color.needsOutline
            ? outline : [SVGAttribute("stroke", .text(ChartPalette.surface)), SVGAttribute("stroke-width", 2)]
    }
}
