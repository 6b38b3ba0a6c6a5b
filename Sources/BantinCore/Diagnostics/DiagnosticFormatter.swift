/// Writes diagnostics the way compilers do: `path:line:col: error: message`, the line, a caret, a hint.
public struct DiagnosticFormatter: Sendable {
    /// ANSI colours, for a terminal only.
    public var colored: Bool
    /// The text of a line of a file (number, path), shown under a message at that line; the
    /// excerpt is left out where it gives nil.
    public var lines: @Sendable (Int, String) -> String?

    public init(colored: Bool = false, lines: @escaping @Sendable (Int, String) -> String? = { _, _ in nil }) {
        self.colored = colored
        self.lines = lines
    }

    /// Shows the lines of the files `source` holds.
    public init(colored: Bool = false, lines source: SourceLines) {
        self.init(colored: colored, lines: { source.line($0, of: $1) })
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic.severity.rawValue, diagnostic.message, diagnostic.location, bold: true, code: diagnostic.code)
        if let location = diagnostic.location { out += excerpt(location) }
        for note in diagnostic.notes {
            if let location = note.location {
                out += header("note", note.message, location, bold: false)
                out += excerpt(location)
            } else {
                out += "   " + paint("note:", code: "36") + " " + Self.shown(note.message) + "\n"
            }
        }
        if let hint = diagnostic.hint {
            out += "   " + paint("hint:", code: "36") + " " + Self.shown(hint) + "\n"
        }
        return out
    }

    /// The closing line of a build or check; with `strict`, warnings fail it as errors do.
    public func summary(errors: Int, warnings: Int, outputKept: Bool?, strict: Bool = false) -> String {
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        var line = parts.joined(separator: ", ")
        if errors > 0 || (strict && warnings > 0), let outputKept {
            line += outputKept ? "; public/ was left as it was" : "; nothing was written"
        }
        return line
    }

    private func header(_ label: String, _ message: String, _ location: SourceLocation?, bold: Bool,
                        code diagnosticCode: DiagnosticCode? = nil) -> String {
        let code = label == "error" ? "31" : label == "warning" ? "35" : "36"
        var line = ""
        if let location {
            line += "\(Self.shown(location.file)):\(location.line):\(location.column): "
        }
        let message = Self.shown(message)
        line += paint(label + ":", code: code) + " " + (bold ? paint(message, code: "1") : message)
        if let diagnosticCode { line += " " + paint("[\(diagnosticCode.rawValue)]", code: "2") }
        return line + "\n"
    }

    /// How many characters of a source line an excerpt shows at most: a window around the
    /// column, so that a line of half a million characters prints as a line, not a page.
    public static let excerptWidth = 200
    /// Characters of the window kept before the column, when the line is cut.
    static let excerptLead = 60
    /// The longest message, note or hint printed whole; a longer one (a value quoted from a
    /// huge line) keeps its start and its end.
    public static let messageWidth = 300

    /// The line, the caret under the column and the underline, cut to `excerptWidth` characters
    /// around the column with "…" where it was cut, control characters shown escaped.
    private func excerpt(_ location: SourceLocation) -> String {
        guard let text = lines(location.line, location.file) else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
        let scalars = Array(text.unicodeScalars)
        let column = min(max(0, location.column - 1), scalars.count)
        var start = 0, end = scalars.count
        if scalars.count > Self.excerptWidth {
            start = max(0, min(column - Self.excerptLead, scalars.count - Self.excerptWidth))
            end = start + Self.excerptWidth
        }
        var shownLine = start > 0 ? "…" : ""
        var caretPad = start > 0 ? " " : ""
        var underlineWidth = 0
        let underlineEnd = min(end, column + max(1, location.length))
        for index in start..<end {
            let scalar = scalars[index]
            let shown = Self.escaped(scalar) ?? String(scalar)
            shownLine += shown
            if index < column {
                caretPad += scalar == "\t" ? "\t" : String(repeating: " ", count: shown.unicodeScalars.count)
            } else if index < underlineEnd {
                underlineWidth += shown.unicodeScalars.count
            }
        }
        if end < scalars.count { shownLine += "…" }
        let underline = "^" + String(repeating: "~", count: max(0, underlineWidth - 1))
        let blank = String(repeating: " ", count: gutter.count)
        return "\(gutter) | \(shownLine)\n\(blank) | \(caretPad)\(paint(underline, code: "32"))\n"
    }

    /// Text the writer wrote, safe to print on a terminal: control characters escaped, and cut
    /// in the middle past `messageWidth` characters.
    public static func shown(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { escaped($0) != nil }) || scalars.count > messageWidth else { return text }
        var kept = Array(scalars)
        if kept.count > messageWidth {
            let head = messageWidth * 2 / 3
            kept = Array(kept[..<head]) + ["…"] + Array(kept[(kept.count - (messageWidth - head - 1))...])
        }
        var out = ""
        for scalar in kept { out += escaped(scalar) ?? String(scalar) }
        return out
    }

    /// `\u{1B}` for a character a terminal would act on rather than show: C0 and C1 controls
    /// (ESC starts the sequences that move the cursor and clear the screen), DEL, and the
    /// bidirectional controls that reorder what follows them. Nil for any other character; a
    /// tab stays a tab.
    static func escaped(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09: return nil
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: return nil
        }
    }

    private func paint(_ text: String, code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
