import BantinCore
import Foundation

/// The site as the preview serves it: the files of the last good build and what the latest build said.
///
/// A failed build changes only the diagnostics, so a broken edit never takes the site away:
/// the reader keeps the previous pages, with the problems laid over them. Answering a request
/// is a lookup in the file map after `RequestPath` has read the path, so nothing outside the
/// build can be served, whatever the path says.
public struct PreviewSite: Sendable {
    /// Output path → bytes, as the builder made them.
    public private(set) var files: [String: Data] = [:]
    /// The diagnostics of the latest build, failed or not.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The lines of the site's files, shown under each diagnostic in the panel.
    private var lines: SourceLines = .none
    /// Counts builds, failed ones too: a page reloads when the build it came from is no longer the latest.
    public private(set) var generation = 0
    /// False until a build succeeds; until then every page is the diagnostics panel.
    public private(set) var hasGoodBuild = false

    public init() {}

    public var isBroken: Bool { diagnostics.contains { $0.severity == .error } }

    /// Takes in a build: its files when it succeeded, its diagnostics always.
    public mutating func update(with result: BuildResult) {
        generation += 1
        diagnostics = result.diagnostics
        lines = result.lines
        guard result.succeeded else { return }
        files = Dictionary(result.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, last in last })
        hasGoodBuild = true
    }

    /// The answer to `method path?query`; `path` is the request's path exactly as it was sent.
    public func response(method: String, path: String, query: String? = nil) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return PreviewResponse(status: 405, headers: Self.commonHeaders(length: 0).merging(["Allow": "GET, HEAD"]) { $1 }, body: Data())
        }
        let full = responseToGet(path: path, query: query)
        guard method == "HEAD" else { return full }
        return PreviewResponse(status: full.status, headers: full.headers, body: Data())
    }

    private func responseToGet(path: String, query: String?) -> PreviewResponse {
        guard hasGoodBuild else {
            return page(status: 503, html: Data(Self.placeholder.utf8))
        }
        guard let request = RequestPath(path) else { return notFound() }
        if let contents = files[request.fileKey] {
            return page(status: 200, contents: contents, type: ContentType.of(request.fileKey))
        }
        if let index = request.folderIndexKey, files[index] != nil {
            let location = request.folderURLPath + (query.map { "?" + $0 } ?? "")
            var headers = Self.commonHeaders(length: 0)
            headers["Location"] = location
            return PreviewResponse(status: Self.folderRedirect, headers: headers, body: Data())
        }
        return notFound()
    }

    /// The theme's `404.html` with status 404, or a plain page when the build has none.
    private func notFound() -> PreviewResponse {
        page(status: 404, html: files[OutputPaths.notFound] ?? Data(Self.plainNotFound.utf8))
    }

    private func page(status: Int, html: Data) -> PreviewResponse {
        page(status: status, contents: html, type: ContentType.html)
    }

    private func page(status: Int, contents: Data, type: String) -> PreviewResponse {
        var body = contents
        if ContentType.isHTML(type) {
            body = PageDecoration.decorate(contents, generation: generation, diagnostics: diagnostics, lines: lines,
                                           showingPreviousBuild: hasGoodBuild)
        }
        var headers = Self.commonHeaders(length: body.count)
        headers["Content-Type"] = type
        return PreviewResponse(status: status, headers: headers, body: body)
    }

    /// `no-store`: every request must see the latest build, never a page the browser kept.
    static func commonHeaders(length: Int) -> [String: String] {
        ["Cache-Control": "no-store", "Content-Length": String(length), "X-Content-Type-Options": "nosniff"]
    }

    /// 302 rather than 301: browsers remember permanent redirects, and a preview's paths change with every edit.
    static let folderRedirect = 302

    static let plainNotFound = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>404</title></head>
        <body><h1>404</h1><p>Không tìm thấy trang này.</p></body></html>

        """

    static let placeholder = """
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>bantin serve</title></head>
        <body></body></html>

        """
}
