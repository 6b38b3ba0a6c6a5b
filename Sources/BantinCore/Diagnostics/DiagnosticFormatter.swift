/// Writes diagnostics the way compilers do: `path:line:col: error: message`, the line, a caret, a hint.
public struct DiagnosticFormatter: Sendable {
    /// ANSI colours, for a terminal only.
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic.severity.rawValue, diagnostic.message, diagnostic.location, bold: true)
        if let location = diagnostic.location { out += excerpt(location) }
        for note in diagnostic.notes {
            if let location = note.location {
                out += header("note", note.message, location, bold: false)
                out += excerpt(location)
            } else {
                out += "   " + paint("note:", code: "36") + " " + note.message + "\n"
            }
        }
        if let hint = diagnostic.hint {
            out += "   " + paint("hint:", code: "36") + " " + hint + "\n"
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

    private func header(_ label: String, _ message: String, _ location: SourceLocation?, bold: Bool) -> String {
        let code = label == "error" ? "31" : label == "warning" ? "35" : "36"
        var line = ""
        if let location {
            line += "\(location.file):\(location.line):\(location.column): "
        }
        line += paint(label + ":", code: code) + " " + (bold ? paint(message, code: "1") : message)
        return line + "\n"
    }

    private func excerpt(_ location: SourceLocation) -> String {
        guard let text = location.lineText else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
        var caretPad = ""
        for (index, scalar) in text.unicodeScalars.enumerated() where index < location.column - 1 {
            caretPad += scalar == "\t" ? "\t" : " "
        }
        let available = max(1, text.unicodeScalars.count - (location.column - 1))
        let length = min(location.length, available)
        let underline = "^" + String(repeating: "~", count: max(0, length - 1))
        let blank = String(repeating: " ", count: gutter.count)
        return "\(gutter) | \(text)\n\(blank) | \(caretPad)\(paint(underline, code: "32"))\n"
    }

    private func paint(_ text: String, code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
