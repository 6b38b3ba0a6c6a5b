import BantinMarkdown

/// A table written as CSV in a ```` ```table ```` block, with an optional `caption:` line
/// above the CSV. The first row is the header; the first cell of each row names the row.
public struct DataTable: Sendable, Equatable {
    /// The info word of the fenced block.
    public static let info = "table"

    public var caption: String?
    /// The header's cells, as written.
    public var header: [String]
    /// The rows below the header; each has as many cells as the header.
    public var rows: [[TableCell]]

    public init(caption: String?, header: [String], rows: [[TableCell]]) {
        self.caption = caption
        self.header = header
        self.rows = rows
    }

    /// True for a column with a number in it: its header is right-aligned with its figures.
    public func isNumberColumn(_ column: Int) -> Bool {
        rows.contains { column < $0.count && $0[column].isNumber }
    }

    /// Reads `block`, a fenced block of a Markdown body that starts at line `bodyLine` of `file`.
    /// Problems are reported at the line of the row that has them.
    public static func read(_ block: CapturedBlock, in file: SourceFile? = nil, path: String, bodyLine: Int)
        -> (table: DataTable?, diagnostics: [Diagnostic]) {
        func location(_ line: Int, _ column: Int, length: Int = 1) -> SourceLocation {
            let fileLine = bodyLine - 1 + block.contentLine - 1 + line
            let fileColumn = block.contentColumn - 1 + column
            return file?.location(line: fileLine, column: fileColumn, length: length)
                ?? SourceLocation(file: path, line: fileLine, column: fileColumn, length: length)
        }
        // The caption line, then the CSV; the lines above the CSV are counted.
        let lines = block.content.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var caption: String?
        var skipped = 0
        while skipped < lines.count {
            let line = Whitespace.trimming(String(lines[skipped]), where: Whitespace.isSpace)
            if line.isEmpty, caption == nil {
                skipped += 1
            } else if caption == nil, line.lowercased().hasPrefix("caption:") {
                caption = Whitespace.trimming(String(line.dropFirst("caption:".count)), where: Whitespace.isSpace)
                skipped += 1
            } else {
                break
            }
        }
        let content = lines[skipped...].joined(separator: "\n")
        let rows: [CSVReader.Row]
        switch CSVReader.read(String(content)) {
        case .success(let read):
            rows = read
        case .failure(.unclosedQuote(let line, let column)):
            return (nil, [.error(.tableQuote, "the quoted cell is not closed", at: location(skipped + line, column),
                                 hint: "end the cell with '\"'; a quote inside a quoted cell is written twice: \"\"")])
        case .failure(.textAfterQuote(let line, let column)):
            return (nil, [.error(.tableQuote, "text follows the closing quote of a cell", at: location(skipped + line, column),
                                 hint: "put the whole cell in quotes, and write a quote inside it twice: \"Nói \"\"có\"\"\"")])
        }
        guard let headerRow = rows.first else {
            return (nil, [.error(.tableEmpty, "the table has no rows", at: location(skipped + 1, 1),
                                 hint: "write the header on the first line, then one line a row, cells separated by commas")])
        }
        var diagnostics: [Diagnostic] = []
        let header = headerRow.fields.map { Whitespace.trimming($0.text, where: Whitespace.isSpace) }
        var cells: [[TableCell]] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.count else {
                let lineText = file?.line(bodyLine - 1 + block.contentLine - 1 + skipped + row.line)
                diagnostics.append(.error(.tableRowWidth,
                    "this row has \(row.fields.count) \(row.fields.count == 1 ? "cell" : "cells"), but the header has \(header.count)",
                    at: location(skipped + row.line, 1, length: max(1, (lineText ?? "").unicodeScalars.count - block.contentColumn + 1)),
                    hint: "give every row one cell a column, empty ones too (a,,c); a cell holding a comma goes in quotes: \"86,1%\""))
                continue
            }
            // The first cell names the row: a year stays 2024, not 2.024.
            cells.append(row.fields.enumerated().map { index, field in
                index == 0 ? TableCell(text: Whitespace.trimming(field.text, where: Whitespace.isSpace), isNumber: false) : TableCell(field)
            })
        }
        if !diagnostics.isEmpty { return (nil, diagnostics) }
        return (DataTable(caption: caption.flatMap { $0.isEmpty ? nil : $0 }, header: header, rows: cells), [])
    }
}
