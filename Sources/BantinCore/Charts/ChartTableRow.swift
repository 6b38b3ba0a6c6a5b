/// One row of a `ChartTable`: a row heading (optionally a link) and formatted cells.
///
/// Cells are already formatted text ("86,1%"), so the table shows exactly what the chart shows.
public struct ChartTableRow: Equatable, Sendable {
    public var heading: String
    public var href: String?
    public var cells: [String]

    public init(heading: String, href: String? = nil, cells: [String]) {
        self.heading = heading
        self.href = href
        self.cells = cells
    }
}
