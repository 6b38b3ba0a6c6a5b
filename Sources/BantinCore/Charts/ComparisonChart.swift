/// One metric across localities for one period, as horizontal bars sorted descending.
///
/// Each row puts the name on its own line above the bar, so long names such as
/// "Thành phố Bảo Lộc" never squeeze the bars on a phone; the value sits at the bar's end,
/// with its hedge ("trên 59.466"). The chart holds no links: it is one image to assistive
/// technology, and links inside an image cannot be reached; the table beside it has them.
public struct ComparisonChart: Equatable, Sendable {
    /// Prefix for ids inside the SVG; must be unique on the page.
    public var id: String
    /// Accessible name, as in "Số buổi tuyên truyền theo huyện, 2024".
    public var title: String
    /// What the values measure, opening the summary sentence.
    public var subject: String
    /// Localities (or any labelled items) in any order; `href` makes a row a link.
    public var items: [ChartDatum]
    public var labelHeading: String
    public var valueHeading: String
    /// The site's interface text, for the sentence and the hedges.
    public var strings: UIStrings

    public init(
        id: String, title: String, subject: String? = nil, items: [ChartDatum],
        labelHeading: String? = nil, valueHeading: String? = nil, strings: UIStrings
    ) {
        self.id = id
        self.title = title
        self.subject = subject ?? title
        self.items = items
        self.labelHeading = labelHeading ?? strings[.localities]
        self.valueHeading = valueHeading ?? strings[.chartValue]
        self.strings = strings
    }

    /// Items by value, highest first; equal values by label, so the order never depends on input order.
    public var sortedItems: [ChartDatum] {
        items.sorted { lhs, rhs in
            lhs.value.value != rhs.value.value ? lhs.value.value > rhs.value.value : lhs.label < rhs.label
        }
    }

    /// The finding in one sentence: "… cao nhất là A (655), thấp nhất là B (120)."
    ///
    /// Ties are named together ("A và B"); when all values are equal: "… đều là 655 (A và B)."
    public var summary: String {
        let sorted = sortedItems
        guard let highest = sorted.first, let lowest = sorted.last else { return strings.noData(subject) }
        func names(like item: ChartDatum) -> String {
            strings.list(sorted.filter { $0.value.value == item.value.value && $0.approx == item.approx }.map(\.label))
        }
        if sorted.count == 1 {
            return strings.format(.chartOnlyOne, ["subject": subject, "value": strings.text(of: highest), "label": highest.label])
        }
        let highestValue = strings.text(of: highest)
        let highestNames = names(like: highest)
        if highest.value.value == lowest.value.value, sorted.allSatisfy({ $0.approx == highest.approx }) {
            return strings.format(.chartAllSame, ["subject": subject, "value": highestValue, "labels": highestNames])
        }
        let lowestValue = strings.text(of: lowest)
        let lowestNames = names(like: lowest)
        return strings.format(.chartRange, [
            "subject": subject, "highest": highestNames, "highest_value": highestValue,
            "lowest": lowestNames, "lowest_value": lowestValue,
        ])
    }

    /// The chart as an SVG tree.
    public func svg() -> SVGElement {
        let sorted = sortedItems
        let values = sorted.map(\.value.value)
        let valueTexts = sorted.map(strings.text(of:))
        let labelRoom = (valueTexts.map { ChartStyle.estimatedWidth(of: $0) }.max() ?? 0) + 8
        let hasNegative = values.contains { $0 < 0 }
        let hasPositive = values.contains { $0 > 0 } || !hasNegative
        let plotLeft = hasNegative ? labelRoom : 1
        let plotRight = ChartStyle.width - (hasPositive ? labelRoom : 1)
        let lower = Swift.min(0, values.min() ?? 0)
        var upper = Swift.max(0, values.max() ?? 0)
        if upper == lower { upper = lower + 1 }
        func x(_ value: Double) -> Double {
            plotLeft + (value - lower) / (upper - lower) * (plotRight - plotLeft)
        }
        let zeroX = x(0)
        let height = Swift.max(Double(sorted.count) * Self.rowHeight, Self.rowHeight) + 4

        let rows = sorted.indices.map { index -> SVGElement in
            let item = sorted[index]
            let top = Double(index) * Self.rowHeight
            let end = x(item.value.value)
            let isNegative = item.value.value < 0
            return SVGElement(
                "g", ["class": "row"],
                children: [
                    SVGElement("text", ["x": 1, "y": .number(top + 22)], text: item.label),
                    SVGElement(
                        "rect",
                        [
                            "x": .number(Swift.min(end, zeroX)), "y": .number(top + 30),
                            "width": .number((end - zeroX).magnitude), "height": 22,
                            "fill": .text(ChartPalette.mark(0).paint),
                        ]),
                    SVGElement(
                        "text",
                        [
                            "x": .number(isNegative ? end - 8 : end + 8), "y": .number(top + 48),
                            "text-anchor": isNegative ? "end" : "start",
                        ], text: valueTexts[index]),
                ])
        }

        // With negative values, a zero mark beside each bar shows which side it grows to;
        // a full-height line would cut through the names.
        var children = [SVGElement("g", ["class": "bars", "fill": .text(ChartPalette.text)], children: rows)]
        if hasNegative {
            let zeroMarks = sorted.indices.map { index in
                let top = Double(index) * Self.rowHeight
                return SVGElement(
                    "line",
                    ["x1": .number(zeroX), "y1": .number(top + 27), "x2": .number(zeroX), "y2": .number(top + 55)])
            }
            children.append(
                SVGElement(
                    "g", ["class": "baseline", "stroke": .text(ChartPalette.grid), "stroke-width": 2],
                    children: zeroMarks))
        }
        return .chartRoot(
            id: id, kind: "comparison", height: height, title: title, summary: summary, children: children)
    }

    /// The SVG markup, ready to inline in a page.
    public var rendered: String { svg().render() }

    /// The same data as a table, in the chart's order, with the same links.
    public var table: ChartTable {
        ChartTable(
            caption: title, columnHeadings: [labelHeading, valueHeading],
            rows: sortedItems.map {
                ChartTableRow(heading: $0.label, href: $0.href, cells: [strings.text(of: $0)])
            })
    }

    private static let rowHeight: Double = 60
}
