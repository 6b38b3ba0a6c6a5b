/// A chart's data as an HTML table, to sit beside the SVG.
///
/// The SVG is one image to assistive technology; the table gives every value, and
/// any link, to screen readers, to copy-paste and to readers who prefer numbers.
public struct ChartTable: Equatable, Sendable {
    public var caption: String
    /// Headings of all columns, the row-heading column first.
    public var columnHeadings: [String]
    public var rows: [ChartTableRow]

    public init(caption: String, columnHeadings: [String], rows: [ChartTableRow]) {
        self.caption = caption
        self.columnHeadings = columnHeadings
        self.rows = rows
    }

    /// The table markup, every text escaped, one row per line.
    public var html: String {
        let escape = XMLEscaping.escape
        var lines = ["<table class=\"chart-table\">", "  <caption>\(escape(caption))</caption>"]
        if !columnHeadings.isEmpty {
            let headings = columnHeadings.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
            lines += ["  <thead>", "    <tr>\(headings)</tr>", "  </thead>"]
        }
        lines.append("  <tbody>")
        for row in rows {
            let heading = row.href.map { "<a href=\"\(escape($0))\">\(escape(row.heading))</a>" } ?? escape(row.heading)
            let cells = row.cells.map { "<td>\(escape($0))</td>" }.joined()
            lines.append("    <tr><th scope=\"row\">\(heading)</th>\(cells)</tr>")
        }
        lines += ["  </tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }
}
