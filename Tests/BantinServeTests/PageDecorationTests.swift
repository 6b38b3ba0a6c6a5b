import BantinCore
import Foundation
import Testing
@testable import BantinServe

@Suite("Page decoration")
struct PageDecorationTests {
    static let script = ReloadScript.html(generation: 3)

    @Test func theScriptGoesJustBeforeTheEndOfTheBody() {
        let page = Data("<html><body><p>Lâm Hà</p></body>\n</html>\n".utf8)
        let decorated = PageDecoration.decorate(page, generation: 3, diagnostics: [], showingPreviousBuild: true)
        #expect(String(decoding: decorated, as: UTF8.self) == "<html><body><p>Lâm Hà</p>\(Self.script)</body>\n</html>\n")
    }

    @Test func onlyTheLastBodyEndCountsInAnyCase() {
        let page = Data("<pre>&lt;/body&gt; </body></pre>\n</BODY >".utf8)
        let decorated = PageDecoration.insert(Data("X".utf8), into: page)
        #expect(String(decoding: decorated, as: UTF8.self) == "<pre>&lt;/body&gt; </body></pre>\nX</BODY >")
    }

    @Test func aPageWithoutABodyEndGetsItAtTheEnd() {
        #expect(String(decoding: PageDecoration.insert(Data("X".utf8), into: Data("<p>a</p></bodyguard>".utf8)), as: UTF8.self)
            == "<p>a</p></bodyguard>X")
        #expect(String(decoding: PageDecoration.insert(Data("X".utf8), into: Data()), as: UTF8.self) == "X")
    }

    @Test func theOverlayComesBeforeTheScriptOnlyWhenTheBuildFailed() {
        let page = Data("<body></body>".utf8)
        let error = Diagnostic.error(.unknownMetric, "unknown metric 'x'", at: nil)
        let warning = Diagnostic.warning(.futureDate, "odd", at: nil)
        let failed = PageDecoration.decorate(page, generation: 3, diagnostics: [error, warning], showingPreviousBuild: true)
        let overlay = DiagnosticOverlay.html(for: [error, warning], showingPreviousBuild: true)
        #expect(String(decoding: failed, as: UTF8.self) == "<body>\(overlay)\(Self.script)</body>")
        let warned = PageDecoration.decorate(page, generation: 3, diagnostics: [warning], showingPreviousBuild: true)
        #expect(String(decoding: warned, as: UTF8.self) == "<body>\(Self.script)</body>")
    }
}
