/// One metric for one locality over periods, as columns on a zero-based axis.
///
/// Columns start at zero so their heights compare honestly; each carries its value,
/// and the axis is labelled in compact form ("2,5 triệu") so it fits a phone.
public struct TimeSeriesChart: Equatable, Sendable {
    /// Prefix for ids inside the SVG; must be unique on the page.
    public var id: String
    /// Accessible name, as in "Số buổi tuyên truyền ở huyện Lâm Hà, 2022–2024".
    public var title: String
    /// What the values measure, opening the summary sentence.
    public var subject: String
    /// Periods in display order ("2022", "2014-2023", "05/2024") with their values.
    public var points: [ChartDatum]
    public var periodHeading: String
    public var valueHeading: String
    /// The site's interface text, for the sentence, the hedges and the axis.
    public var strings: UIStrings

    public init(
        id: String, title: String, subject: String? = nil, points: [ChartDatum],
        periodHeading: String? = nil, valueHeading: String? = nil, strings: UIStrings
    ) {
        self.id = id
        self.title = title
        self.subject = subject ?? title
        self.points = points
        self.periodHeading = periodHeading ?? strings[.period]
        self.valueHeading = valueHeading ?? strings[.chartValue]
        self.strings = strings
    }

    /// The finding in one sentence, comparing the first period with the last.
    ///
    /// "… tăng từ 590 (2022) lên 655 (2024).", "… giảm từ … xuống …",
    /// "… không đổi ở 590 từ 2022 đến 2024.", or "… là 590 (2022)." for one period.
    /// A hedged figure claims a rise or a fall only when its range allows no other reading
    /// ("trên 280.000" then "300.000" may be either): otherwise the sentence gives both
    /// figures and claims nothing, "… là trên 280.000 (2022) và 300.000 (2024)."
    public var summary: String {
        guard let first = points.first, let last = points.last else { return strings.noData(subject) }
        let values = ["subject": subject, "from": strings.text(of: first), "first": first.label,
                      "to": strings.text(of: last), "last": last.label]
        if points.count == 1 { return strings.format(.chartOne, ["subject": subject, "value": strings.text(of: first), "period": first.label]) }
        let before = first.bounds, after = last.bounds
        if after.lowerBound > before.upperBound { return strings.format(.chartRise, values) }
        if after.upperBound < before.lowerBound { return strings.format(.chartFall, values) }
        if first.approx == nil, last.approx == nil, first.value.value == last.value.value {
            return strings.format(.chartSteady, ["subject": subject, "value": strings.text(of: first), "first": first.label, "last": last.label])
        }
        return strings.format(.chartBoth, values)
    }

    /// The chart as an SVG tree.
    public func svg() -> SVGElement {
        let values = points.map(\.value.value)
        let hasNegative = values.contains { $0 < 0 }
        let ticks = NiceTicks(min: Swift.min(0, values.min() ?? 0), max: Swift.max(0, values.max() ?? 0))
        let tickLabels = ticks.values.map(strings.compact)
        let plotLeft = (tickLabels.map { ChartStyle.estimatedWidth(of: $0) }.max() ?? 0) + 16
        let plotRight = ChartStyle.width - 8
        let plotTop = 36.0
        let plotBottom = Self.height - 44 - (hasNegative ? 24 : 0)
        func y(_ value: Double) -> Double {
            plotBottom - (value - ticks.lower) / (ticks.upper - ticks.lower) * (plotBottom - plotTop)
        }
        let zeroY = y(0)
        let slot = (plotRight - plotLeft) / Double(Swift.max(points.count, 1))
        let barWidth = Swift.min(slot * 0.7, 72)
        func center(_ index: Int) -> Double { plotLeft + slot * (Double(index) + 0.5) }
        // Keeps a label wider than its column inside the chart instead of cut off at the edge.
        func labelCenter(_ index: Int, _ text: String) -> Double {
            let half = ChartStyle.estimatedWidth(of: text) / 2
            let lowest = plotLeft + half
            let highest = ChartStyle.width - 1 - half
            return lowest <= highest ? Swift.min(Swift.max(center(index), lowest), highest) : center(index)
        }

        let gridlines = ticks.values.filter { $0 != 0 }.map { tick in
            SVGElement(
                "line",
                ["x1": .number(plotLeft), "y1": .number(y(tick)), "x2": .number(plotRight), "y2": .number(y(tick))])
        }
        let axisLabels = zip(ticks.values, tickLabels).map { tick, label in
            SVGElement("text", ["x": .number(plotLeft - 10), "y": .number(y(tick) + 7)], text: label)
        }
        let bars = points.indices.map { index in
            let top = y(points[index].value.value)
            return SVGElement(
                "rect",
                [
                    "x": .number(center(index) - barWidth / 2), "y": .number(Swift.min(top, zeroY)),
                    "width": .number(barWidth), "height": .number((top - zeroY).magnitude),
                ])
        }
        let valueTexts = points.map(strings.text(of:))
        let valueLabels = Self.shownIndices(of: valueTexts, slot: slot).map { index in
            let value = points[index].value.value
            let labelX = labelCenter(index, valueTexts[index])
            // A label wider than its column floats clear of every column it spans, so it
            // never sits on a taller neighbour (or, below zero, a deeper one).
            let half = ChartStyle.estimatedWidth(of: valueTexts[index]) / 2
            let spanned = points.indices.filter { (center($0) - labelX).magnitude < half + barWidth / 2 }
            let spannedValues = spanned.map { points[$0].value.value }
            let labelY =
                value < 0
                ? y(Swift.min(value, spannedValues.min() ?? value)) + 22
                : y(Swift.max(value, spannedValues.max() ?? value)) - 8
            return SVGElement("text", ["x": .number(labelX), "y": .number(labelY)], text: valueTexts[index])
        }
        let periodLabels = Self.shownIndices(of: points.map(\.label), slot: slot).map { index in
            SVGElement(
                "text", ["x": .number(labelCenter(index, points[index].label)), "y": .number(Self.height - 14)],
                text: points[index].label)
        }

        return .chartRoot(
            id: id, kind: "time-series", height: Self.height, title: title, summary: summary,
            children: [
                SVGElement(
                    "g",
                    [
                        "class": "grid", "stroke": .text(ChartPalette.grid), "stroke-width": 1,
                        "stroke-dasharray": "2 4",
                    ],
                    children: gridlines),
                SVGElement(
                    "g", ["class": "axis", "fill": .text(ChartPalette.text), "text-anchor": "end"],
                    children: axisLabels),
                SVGElement("g", ["class": "bars", "fill": .text(ChartPalette.mark(0).paint)], children: bars),
                SVGElement(
                    "line",
                    [
                        "class": "baseline", "x1": .number(plotLeft), "y1": .number(zeroY), "x2": .number(plotRight),
                        "y2": .number(zeroY), "stroke": .text(ChartPalette.grid), "stroke-width": 2,
                    ]),
                // A surface-coloured halo keeps value labels legible where they cross a gridline.
                SVGElement(
                    "g",
                    [
                        "class": "values", "fill": .text(ChartPalette.text), "text-anchor": "middle",
                        "stroke": .text(ChartPalette.surface), "stroke-width": 4, "paint-order": "stroke",
                    ], children: valueLabels),
                SVGElement(
                    "g", ["class": "periods", "fill": .text(ChartPalette.text), "text-anchor": "middle"],
                    children: periodLabels),
            ])
    }

    /// The SVG markup, ready to inline in a page.
    public var rendered: String { svg().render() }

    /// The same data as a table, to go beside the chart.
    public var table: ChartTable {
        ChartTable(
            caption: title, columnHeadings: [periodHeading, valueHeading],
            rows: points.map { ChartTableRow(heading: $0.label, cells: [strings.text(of: $0)]) })
    }

    private static let height: Double = 320

    /// Which labels to draw when not all fit: every k-th, counted back from the last.
    ///
    /// The last period is the one readers look for, and the summary names it.
    private static func shownIndices(of labels: [String], slot: Double) -> [Int] {
        let widest = labels.map { ChartStyle.estimatedWidth(of: $0) }.max() ?? 0
        // A label kept inside the chart at either edge moves inward by up to this much.
        let edgeShift = Swift.max(0, widest / 2 - slot / 2)
        let every = Swift.max(1, Int(((widest + 8 + edgeShift) / slot).rounded(.up)))
        return labels.indices.filter { (labels.count - 1 - $0) % every == 0 }
    }
}
