import BantinMarkdown

extension DataTable {
    /// The table's markup: a caption, column headers and row headers with their scope, so that
    /// a screen reader names the row and column of each figure; numbers carry the class `number`.
    public var html: String {
        func text(_ value: String) -> String { MarkdownDocument.escapeText(value) }
        func numberClass(_ column: Int) -> String { isNumberColumn(column) ? " class=\"number\"" : "" }
        var html = "<div class=\"data-table\">\n<table>\n"
        if let caption { html += "<caption>\(text(caption))</caption>\n" }
        html += "<thead>\n<tr>"
        for (column, name) in header.enumerated() {
            html += "<th scope=\"col\"\(numberClass(column))>\(text(name))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (column, cell) in row.enumerated() {
                let value = text(cell.text).replacingOccurrences(of: "\n", with: "<br>")
                if column == 0 {
                    html += "<th scope=\"row\">\(value)</th>"
                } else {
                    html += "<td\(cell.isNumber ? " class=\"number\"" : "")>\(value)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>"
    }

    /// The markup of a captured ```` ```table ```` block; empty when it has errors, which the
    /// article's reading has reported.
    static func html(of block: CapturedBlock) -> String {
        read(block, path: "", bodyLine: 1).table?.html ?? ""
    }
}
