import BantinCore
import Testing
@testable import BantinServe

@Suite("Diagnostic overlay")
struct DiagnosticOverlayTests {
    static let unknownMetric = Diagnostic.error(.unknownMetric,
        "unknown metric '<script>alert(1)</script>'",
        at: SourceLocation(file: "content/articles/2024/b.md", line: 11, column: 3, length: 25),
        hint: "did you mean 'propaganda_sessions' & not \"x\"?"
    )
    static let noFile = Diagnostic.error(.unknownTheme, "theme 'toi' not found", at: nil)
    /// The article the diagnostic is in, its line 11 holding the writer's `<script>`.
    static let lines = SourceLines(MemorySiteSource([
        "content/articles/2024/b.md": String(repeating: "\n", count: 10) + "  <script>alert(1)</script>: 6003\n",
    ]))

    @Test func eachDiagnosticIsShownAsTheTerminalPrintsItEscaped() {
        let html = DiagnosticOverlay.html(for: [Self.noFile, Self.unknownMetric], lines: Self.lines, showingPreviousBuild: true)
        #expect(html == """
            <div id="bantin-diagnostics" role="alert" style="position:fixed;top:0;right:0;bottom:0;left:0;\
            z-index:2147483647;overflow:auto;margin:0;padding:1.5rem 2rem;background:rgba(24,24,27,.96);\
            color:#f4f4f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left">
            <button type="button" aria-label="Close" onclick="this.parentNode.remove()" style="position:absolute;\
            top:.75rem;right:1rem;border:0;background:none;color:inherit;font-size:1.5rem;cursor:pointer">×</button>
            <p style="margin:0 0 1rem;color:#fca5a5;font-weight:bold">2 errors: this page is from the last good build. \
            Fix the site and this page reloads.</p>
            <pre style="margin:0 0 1rem;padding:0;white-space:pre-wrap;background:none;color:inherit;font:inherit;\
            border:0">error: theme &#39;toi&#39; not found [unknown-theme]
            </pre>
            <pre style="margin:0 0 1rem;padding:0;white-space:pre-wrap;background:none;color:inherit;font:inherit;\
            border:0">content/articles/2024/b.md:11:3: error: unknown metric &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; [unknown-metric]
               11 |   &lt;script&gt;alert(1)&lt;/script&gt;: 6003
                  |   ^~~~~~~~~~~~~~~~~~~~~~~~~
               hint: did you mean &#39;propaganda_sessions&#39; &amp; not &quot;x&quot;?
            </pre>
            </div>

            """)
    }

    @Test func beforeAnyGoodBuildThePanelSaysSo() {
        let html = DiagnosticOverlay.html(for: [Self.noFile], showingPreviousBuild: false)
        #expect(html.contains("""
            <p style="margin:0 0 1rem;color:#fca5a5;font-weight:bold">1 error: the site has not built yet. \
            Fix the site and this page reloads.</p>
            """))
    }

    @Test func warningsAreCountedAndListedWithTheErrors() {
        let warning = Diagnostic.warning(.futureDate, "article has no summary", at: SourceLocation(file: "content/a.md", line: 1, column: 1))
        let html = DiagnosticOverlay.html(for: [Self.noFile, warning], showingPreviousBuild: true)
        #expect(html.contains(">1 error, 1 warning: this page is from the last good build."))
        #expect(html.contains("border:0\">content/a.md:1:1: warning: article has no summary [future-date]\n</pre>\n"))
    }
}
