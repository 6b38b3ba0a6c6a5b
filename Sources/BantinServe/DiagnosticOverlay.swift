import BantinCore

/// The panel laid over every page while the site does not build, listing what is wrong.
///
/// Each diagnostic is shown exactly as the terminal prints it (`file:line:col: error: …`,
/// the source line, the caret, the hint), escaped, because a message quotes the writer's own
/// text, and an article that says `<script>` must not run in the preview.
enum DiagnosticOverlay {
    static let elementID = "bantin-diagnostics"

    static func html(for diagnostics: [Diagnostic], lines: SourceLines = .none, showingPreviousBuild: Bool) -> String {
        let formatter = DiagnosticFormatter(colored: false, lines: lines)
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        let summary = formatter.summary(errors: errors, warnings: warnings, outputKept: nil)
        let state = showingPreviousBuild
            ? "this page is from the last good build"
            : "the site has not built yet"
        var html = "<div id=\"\(elementID)\" role=\"alert\" style=\"\(panelStyle)\">\n"
        html += "<button type=\"button\" aria-label=\"Close\" onclick=\"this.parentNode.remove()\" style=\"\(buttonStyle)\">×</button>\n"
        html += "<p style=\"\(titleStyle)\">\(XMLEscaping.escape(summary)): \(state). Fix the site and this page reloads.</p>\n"
        for diagnostic in diagnostics {
            html += "<pre style=\"\(preStyle)\">\(XMLEscaping.escape(formatter.format(diagnostic)))</pre>\n"
        }
        return html + "</div>\n"
    }

    private static let panelStyle = "position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483647;overflow:auto;"
        + "margin:0;padding:1.5rem 2rem;background:rgba(24,24,27,.96);color:#f4f4f5;"
        + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left"
    private static let buttonStyle = "position:absolute;top:.75rem;right:1rem;border:0;background:none;"
        + "color:inherit;font-size:1.5rem;cursor:pointer"
    private static let titleStyle = "margin:0 0 1rem;color:#fca5a5;font-weight:bold"
    private static let preStyle = "margin:0 0 1rem;padding:0;white-space:pre-wrap;background:none;"
        + "color:inherit;font:inherit;border:0"
}
