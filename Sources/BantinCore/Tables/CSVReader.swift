/// Reads comma-separated values as RFC 4180 writes them: a field in double quotes may hold
/// commas, line breaks and quotes written twice (`"Nói ""có"""`).
///
/// Pure and forgiving of line endings (LF, CRLF). Blank lines between rows are skipped,
/// as a writer leaves them by accident; inside quotes they belong to the field.
public enum CSVReader {
    public struct Row: Sendable, Equatable {
        public var fields: [CSVField]
        /// The line the row starts on.
        public var line: Int
    }

    public enum Failure: Error, Equatable {
        /// A quoted field runs to the end of the text; the position of its opening quote.
        case unclosedQuote(line: Int, column: Int)
        /// Text after a closing quote, as in `"a"b`; the position of that text.
        case textAfterQuote(line: Int, column: Int)
    }

    public static func read(_ text: String) -> Result<[Row], Failure> {
        var rows: [Row] = []
        var fields: [CSVField] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var afterQuote = false
        var line = 1, column = 1
        var fieldStart = (line: 1, column: 1)
        var rowLine = 1
        var rowHasText = false
        let scalars = Array(text.unicodeScalars)
        var index = 0

        func endField() {
            fields.append(CSVField(text: field, quoted: quoted, line: fieldStart.line, column: fieldStart.column))
            field = ""
            quoted = false
            afterQuote = false
        }
        func endRow() {
            if rowHasText || fields.count > 0 {
                endField()
                rows.append(Row(fields: fields, line: rowLine))
            } else {
                field = ""
            }
            fields = []
            rowHasText = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else if scalar == "\n" {
                    field.unicodeScalars.append("\n")
                    line += 1
                    column = 0
                } else if scalar == "\r" {
                    // A CRLF inside a field is one line break.
                    if index + 1 < scalars.count, scalars[index + 1] == "\n" {
                        index += 1
                    }
                    field.unicodeScalars.append("\n")
                    line += 1
                    column = 0
                } else {
                    field.unicodeScalars.append(scalar)
                }
                index += 1
                column += 1
                continue
            }
            switch scalar {
            case ",":
                endField()
                rowHasText = true
                fieldStart = (line, column + 1)
            case "\n", "\r":
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRow()
                line += 1
                column = 0
                fieldStart = (line, 1)
                rowLine = line
            case "\"" where field.isEmpty && !quoted:
                if !rowHasText { rowLine = line }
                inQuotes = true
                quoted = true
                rowHasText = true
                fieldStart = (line, column)
            default:
                if afterQuote {
                    if scalar == " " || scalar == "\t" { break }
                    return .failure(.textAfterQuote(line: line, column: column))
                }
                if !rowHasText {
                    if scalar == " " || scalar == "\t" {
                        field.unicodeScalars.append(scalar)
                        break
                    }
                    rowLine = line
                }
                rowHasText = true
                field.unicodeScalars.append(scalar)
            }
            index += 1
            column += 1
        }
        if inQuotes { return .failure(.unclosedQuote(line: fieldStart.line, column: fieldStart.column)) }
        endRow()
        return .success(rows)
    }
}
