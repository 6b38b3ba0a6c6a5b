import Testing
@testable import BantinServe

@Suite("Content types")
struct ContentTypeTests {
    @Test("by extension, with utf-8 for text", arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("css/style.css", "text/css; charset=utf-8"),
        ("tim-kiem/chi-muc.js", "text/javascript; charset=utf-8"),
        ("bieu-do.svg", "image/svg+xml; charset=utf-8"),
        ("atom.xml", "application/xml; charset=utf-8"),
        ("du-lieu/facts.json", "application/json; charset=utf-8"),
        ("du-lieu/facts.csv", "text/csv; charset=utf-8"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("anh/a.png", "image/png"),
        ("anh/a.jpg", "image/jpeg"),
        ("anh/a.JPEG", "image/jpeg"),
        ("anh/a.webp", "image/webp"),
        ("tai-lieu/bao-cao.pdf", "application/pdf"),
        ("a.unknown", "application/octet-stream"),
        ("Makefile", "application/octet-stream"),
        (".htaccess", "application/octet-stream"),
        ("thu.muc/tep", "application/octet-stream"),
    ])
    func types(path: String, type: String) {
        #expect(ContentType.of(path) == type)
    }
}
