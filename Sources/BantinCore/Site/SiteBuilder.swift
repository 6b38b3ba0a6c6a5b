import Foundation

/// Builds a site: source files in, output files and diagnostics out. No disk, no printing.
///
/// A build either succeeds whole or returns no files at all, so the caller can keep
/// the previous output untouched when anything is wrong.
public struct SiteBuilder: Sendable {
    public let source: SiteSource
    public let options: BuildOptions

    public init(source: SiteSource, options: BuildOptions = BuildOptions()) {
        self.source = source
        self.options = options
    }

    /// Reads and checks everything, renders nothing: for `bantin check`.
    public func check() -> BuildResult {
        build(rendering: true, keepingFiles: false)
    }

    public func build() -> BuildResult {
        build(rendering: true, keepingFiles: true)
    }

    /// Adds the source line to diagnostics whose stage did not have the file's text at hand
    /// (a link found while rendering, a template), reading each file once.
    private func withLineText(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var files: [String: SourceFile?] = [:]
        func filled(_ location: SourceLocation?) -> SourceLocation? {
            guard var location, location.lineText == nil, location.line >= 1 else { return location }
            if files[location.file] == nil {
                let builtIn = "(built-in default theme)/"
                let text = location.file.hasPrefix(builtIn)
                    ? DefaultTheme.files[String(location.file.dropFirst(builtIn.count))]
                    : source.contents(of: location.file).flatMap { String(validatingUTF8Data: $0) }
                files[location.file] = text.map { SourceFile(path: location.file, text: $0) }
            }
            location.lineText = files[location.file]??.line(location.line)
            return location
        }
        return diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = filled(diagnostic.location)
            diagnostic.notes = diagnostic.notes.map { note in
                var note = note
                note.location = filled(note.location)
                return note
            }
            return diagnostic
        }
    }

    private func build(rendering: Bool, keepingFiles: Bool) -> BuildResult {
        var diagnostics = DiagnosticBag()
        var files: [OutputFile] = []
        if let (site, theme) = SiteLoader(source: source, options: options).load(diagnostics: &diagnostics),
           let templates = TemplateLibrary(theme: theme, required: SiteRenderer.requiredTemplates, diagnostics: &diagnostics) {
            let renderer = SiteRenderer(site: site, theme: theme, templates: templates, source: source)
            files = renderer.render(diagnostics: &diagnostics)
        }
        let sorted = withLineText(diagnostics.sorted)
        let failed = sorted.contains { $0.severity == .error }
        return BuildResult(
            files: failed || !keepingFiles ? [] : files.sorted { $0.path < $1.path },
            diagnostics: sorted
        )
    }
}
