import BantinCore
import Foundation
import Testing
@testable import BantinServe

@Suite("Preview site")
struct PreviewSiteTests {
    static let home = "<!doctype html><html><body><h1>Bản tin</h1></body></html>\n"
    static let notFound = "<!doctype html><html><body><p>Không tìm thấy</p></body></html>\n"
    static let article = "<!doctype html><html><body><h1>Lâm Hà</h1></body></html>\n"
    static let css = "body{color:#222}\n</body>\n"

    static let good = BuildResult(files: [
        OutputFile(path: "404.html", text: notFound),
        OutputFile(path: "bai-viet/lam-ha/index.html", text: article),
        OutputFile(path: "css/style.css", text: css),
        OutputFile(path: "du-lieu/facts.csv", text: "metric,value\n"),
        OutputFile(path: "index.html", text: home),
    ], diagnostics: [])

    static let broken = {
        var result = BuildResult(files: [], diagnostics: [
            .error(.unknownMetric, "unknown metric 'propaganda_sesions'",
                   at: SourceLocation(file: "content/articles/2024/b.md", line: 11, column: 3, length: 18),
                   hint: "did you mean 'propaganda_sessions'?"),
        ])
        result.lines = SourceLines(MemorySiteSource([
            "content/articles/2024/b.md": String(repeating: "\n", count: 10) + "  propaganda_sesions: 6003\n",
        ]))
        return result
    }()

    static func site(_ results: BuildResult...) -> PreviewSite {
        var site = PreviewSite()
        for result in results { site.update(with: result) }
        return site
    }

    static func text(_ response: PreviewResponse) -> String {
        String(decoding: response.body, as: UTF8.self)
    }

    static func headers(type: String?, length: Int) -> [String: String] {
        var headers = ["Cache-Control": "no-store", "Content-Length": String(length), "X-Content-Type-Options": "nosniff"]
        headers["Content-Type"] = type
        return headers
    }

    /// `html` as served at build `generation`: the reload script just before `</body>`.
    static func served(_ html: String, generation: Int = 1) -> String {
        html.replacingOccurrences(of: "</body>", with: ReloadScript.html(generation: generation) + "</body>")
    }

    @Test func theHomePageIsTheRootIndexWithTheReloadScript() {
        let response = Self.site(Self.good).response(method: "GET", path: "/")
        let expected = Self.served(Self.home)
        #expect(response.status == 200)
        #expect(Self.text(response) == expected)
        #expect(response.headers == Self.headers(type: "text/html; charset=utf-8", length: expected.utf8.count))
    }

    @Test func aFolderIsServedByItsIndex() {
        let site = Self.site(Self.good)
        let folder = site.response(method: "GET", path: "/bai-viet/lam-ha/")
        #expect(folder.status == 200)
        #expect(Self.text(folder) == Self.served(Self.article))
        #expect(site.response(method: "GET", path: "/bai-viet/lam-ha/index.html") == folder)
    }

    @Test func aFolderWithoutItsSlashIsRedirectedKeepingTheQuery() {
        let site = Self.site(Self.good)
        let redirect = site.response(method: "GET", path: "/bai-viet/lam-ha", query: "tu=trang-chu")
        #expect(redirect.status == 302)
        #expect(redirect.body.isEmpty)
        var headers = Self.headers(type: nil, length: 0)
        headers["Location"] = "/bai-viet/lam-ha/?tu=trang-chu"
        #expect(redirect.headers == headers)
        #expect(site.response(method: "GET", path: "/bai-viet/lam-ha").headers["Location"] == "/bai-viet/lam-ha/")
    }

    @Test func aFolderWithoutAnIndexIsNotFound() {
        let response = Self.site(Self.good).response(method: "GET", path: "/bai-viet/")
        #expect(response.status == 404)
        #expect(Self.text(response) == Self.served(Self.notFound))
    }

    @Test func otherFilesAreServedAsBuiltWithTheirType() {
        let site = Self.site(Self.good)
        let css = site.response(method: "GET", path: "/css/style.css")
        #expect(css.status == 200)
        // Not HTML, so not touched, even where it says </body>.
        #expect(Self.text(css) == Self.css)
        #expect(css.headers == Self.headers(type: "text/css; charset=utf-8", length: Self.css.utf8.count))
        let csv = site.response(method: "GET", path: "/du-lieu/facts.csv")
        #expect(Self.text(csv) == "metric,value\n")
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
    }

    @Test func aMissingPageGetsTheThemesNotFoundPageWithStatus404() {
        let response = Self.site(Self.good).response(method: "GET", path: "/khong-co/")
        let expected = Self.served(Self.notFound)
        #expect(response.status == 404)
        #expect(Self.text(response) == expected)
        #expect(response.headers == Self.headers(type: "text/html; charset=utf-8", length: expected.utf8.count))
    }

    @Test func withoutA404PageAPlainOneIsServed() {
        let site = Self.site(BuildResult(files: [OutputFile(path: "index.html", text: Self.home)], diagnostics: []))
        let response = site.response(method: "GET", path: "/khong-co")
        #expect(response.status == 404)
        #expect(Self.text(response) == Self.served(PreviewSite.plainNotFound))
    }

    @Test("nothing outside the build is reachable, however the path is written", arguments: [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/css/../index.html",
        "/bai-viet/lam-ha/%2e%2e/%2e%2e/index.html",
        "/css%2fstyle.css",
        "/css%2Fstyle.css",
        "/css\\style.css",
        "/css%5cstyle.css",
        "/index.html%00",
        "/index.html\u{0}.css",
        "/./index.html",
        "/%252e%252e/index.html",
        "/index.html/",
        "/%zz",
    ])
    func traversal(path: String) {
        let response = Self.site(Self.good).response(method: "GET", path: path)
        #expect(response.status == 404)
        #expect(Self.text(response) == Self.served(Self.notFound))
    }

    @Test func headAnswersWithTheHeadersOfGetAndNoBody() {
        let site = Self.site(Self.good)
        for path in ["/", "/css/style.css", "/khong-co", "/bai-viet/lam-ha"] {
            let get = site.response(method: "GET", path: path)
            let head = site.response(method: "HEAD", path: path)
            #expect(head == PreviewResponse(status: get.status, headers: get.headers, body: Data()))
        }
    }

    @Test func otherMethodsAreNotAllowed() {
        let response = Self.site(Self.good).response(method: "POST", path: "/")
        #expect(response.status == 405)
        #expect(response.body.isEmpty)
        var headers = Self.headers(type: nil, length: 0)
        headers["Allow"] = "GET, HEAD"
        #expect(response.headers == headers)
    }

    @Test func aBrokenBuildKeepsThePreviousFilesAndLaysTheDiagnosticsOverEveryPage() {
        let site = Self.site(Self.good, Self.broken)
        #expect(site.generation == 2)
        #expect(site.isBroken)
        #expect(site.files["index.html"] == Data(Self.home.utf8))
        let overlay = DiagnosticOverlay.html(for: Self.broken.diagnostics, lines: Self.broken.lines, showingPreviousBuild: true)
        let script = ReloadScript.html(generation: 2)
        #expect(Self.text(site.response(method: "GET", path: "/"))
            == Self.home.replacingOccurrences(of: "</body>", with: overlay + script + "</body>"))
        #expect(Self.text(site.response(method: "GET", path: "/khong-co"))
            == Self.notFound.replacingOccurrences(of: "</body>", with: overlay + script + "</body>"))
        #expect(Self.text(site.response(method: "GET", path: "/css/style.css")) == Self.css)
        #expect(overlay.contains("content/articles/2024/b.md:11:3: error: unknown metric &#39;propaganda_sesions&#39; [unknown-metric]\n"
            + "   11 |   propaganda_sesions: 6003\n"
            + "      |   ^~~~~~~~~~~~~~~~~~\n"
            + "   hint: did you mean &#39;propaganda_sessions&#39;?\n</pre>"))
    }

    @Test func theNextGoodBuildRemovesTheOverlay() {
        let fixed = BuildResult(files: [OutputFile(path: "index.html", text: "<body>mới</body>")], diagnostics: [])
        let site = Self.site(Self.good, Self.broken, fixed)
        #expect(!site.isBroken)
        #expect(Self.text(site.response(method: "GET", path: "/")) == "<body>mới\(ReloadScript.html(generation: 3))</body>")
        #expect(site.response(method: "GET", path: "/css/style.css").status == 404)
    }

    @Test func beforeAnyGoodBuildEveryPathShowsTheDiagnostics() {
        let site = Self.site(Self.broken)
        #expect(!site.hasGoodBuild)
        let overlay = DiagnosticOverlay.html(for: Self.broken.diagnostics, lines: Self.broken.lines, showingPreviousBuild: false)
        for path in ["/", "/css/style.css", "/../../etc/passwd"] {
            let response = site.response(method: "GET", path: path)
            #expect(response.status == 503)
            #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
            #expect(Self.text(response) == PreviewSite.placeholder.replacingOccurrences(
                of: "</body>", with: overlay + ReloadScript.html(generation: 1) + "</body>"))
        }
    }
}
