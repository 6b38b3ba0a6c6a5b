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

    private func build(rendering: Bool, keepingFiles: Bool) -> BuildResult {
        var diagnostics = DiagnosticBag()
        var files: [OutputFile] = []
        if let (site, theme) = SiteLoader(source: source, options: options).load(diagnostics: &diagnostics),
           let templates = TemplateLibrary(theme: theme, required: SiteRenderer.requiredTemplates, diagnostics: &diagnostics) {
            let renderer = SiteRenderer(site: site, theme: theme, templates: templates, source: source)
            files = renderer.render(diagnostics: &diagnostics)
        }
        let sorted = diagnostics.sorted
        let failed = sorted.contains { $0.severity == .error }
        return BuildResult(
            files: failed || !keepingFiles ? [] : files.sorted { $0.path < $1.path },
            diagnostics: sorted
        )
    }
}
