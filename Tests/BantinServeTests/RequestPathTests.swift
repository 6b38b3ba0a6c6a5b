import Testing
@testable import BantinServe

@Suite("Request paths")
struct RequestPathTests {
    @Test("paths become keys of the file map", arguments: [
        ("/", "index.html", true),
        ("/bai-viet/lam-ha/", "bai-viet/lam-ha/index.html", true),
        ("/bai-viet/lam-ha", "bai-viet/lam-ha", false),
        ("/css/style.css", "css/style.css", false),
        ("//css//style.css", "css/style.css", false),
        ("/chu-de/t%E1%BB%95ng-k%E1%BA%BFt/", "chu-de/tổng-kết/index.html", true),
        ("/a%20b.txt", "a b.txt", false),
        ("/%252e%252e/x", "%2e%2e/x", false),
    ])
    func keys(raw: String, key: String, isFolder: Bool) throws {
        let path = try #require(RequestPath(raw))
        #expect(path.fileKey == key)
        #expect(path.isFolder == isFolder)
    }

    @Test("attempts to leave the site are refused", arguments: [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/etc/passwd",
        "/.%2e/etc/passwd",
        "/%2e./etc/passwd",
        "/bai-viet/../../etc/passwd",
        "/bai-viet/..%2f..%2fetc/passwd",
        "/..%2Fetc%2Fpasswd",
        "/%2fetc%2fpasswd",
        "/..\\..\\etc\\passwd",
        "/..%5c..%5cetc%5cpasswd",
        "/etc%5Cpasswd",
        "/etc/passwd%00",
        "/index.html%00.css",
        "/index.html\u{0}",
        "/./index.html",
        "/%2e/index.html",
        "/%zz",
        "/%",
        "etc/passwd",
        "",
    ])
    func refused(raw: String) {
        #expect(RequestPath(raw) == nil)
    }

    @Test func aFolderWithoutItsSlashKnowsWhereItsIndexWouldBe() throws {
        let path = try #require(RequestPath("/bai-viet/lam-ha"))
        #expect(path.folderIndexKey == "bai-viet/lam-ha/index.html")
        #expect(path.folderURLPath == "/bai-viet/lam-ha/")
        #expect(try #require(RequestPath("/bai-viet/")).folderIndexKey == nil)
        #expect(try #require(RequestPath("/")).folderIndexKey == nil)
    }

    @Test func theRedirectIsEncodedAgainAndNeverStartsWithTwoSlashes() throws {
        #expect(try #require(RequestPath("/chu-de/t%E1%BB%95ng k%E1%BA%BFt")).folderURLPath
            == "/chu-de/t%E1%BB%95ng%20k%E1%BA%BFt/")
        #expect(try #require(RequestPath("//evil.example/x")).folderURLPath == "/evil.example/x/")
        #expect(try #require(RequestPath("/a%3Fb")).folderURLPath == "/a%3Fb/")
    }
}
