import Testing
@testable import BantinCore

@Suite("LinkTargetResolver")
struct LinkTargetResolverTests {
    static let links = [
        "../../css/style.css", "../", "./", ".", "..", "../..", "x/", "/", "/css/a.css", "//cdn.example/x.js",
        "a/./b/../c.html", "a//b.html", "../../../x.html", "../chu-de/index.html?p=2&amp;q=1#top", "a&amp;b.html",
        "a&b.html", "tin%20moi/", "%zz.html", "?page=2", "#", "#main", "", "mailto:a@b.vn", "HTTPS://X.VN/",
        "a/b:c.html", "b:c/d", "x.html#đầu", "trang-chủ.html", "bài/./viết/../x.html", "a/\u{301}/../b.html", "#\u{301}x",
    ]
    static let pages = ["index.html", "bai-viet/x/index.html", "a/b.html", "a/./b/p.html", "../p.html", "tỉnh/index.html"]

    @Test func bytesResolveEveryLinkAsTheWrittenRuleDoes() {
        for page in Self.pages {
            var resolver = LinkTargetResolver(page: page)
            for link in Self.links {
                let resolved = Array(link.utf8).withUnsafeBytes { resolver.target(of: $0) }
                #expect(resolved == LinkTargetResolver.writtenTarget(of: link, from: page), "\(link) from \(page)")
            }
        }
    }

    @Test(arguments: [
        ("../../css/style.css", "bai-viet/x/index.html", "css/style.css" as String?),
        ("../chu-de/index.html?p=2&amp;q=1#top", "chu-de/index.html", "chu-de/index.html"),
        ("a&amp;b.html", "index.html", "a&b.html"),
        ("tin%20moi/", "bai-viet/index.html", "bai-viet/tin moi/index.html"),
        ("/css/style.css", "a/b/index.html", "css/style.css"),
        (".", "a/b.html", "a/index.html"),
        ("..", "a/b.html", ""),
        ("../", "a/b.html", "index.html"),
        ("./x/./y/../z.html", "a/b.html", "a/x/z.html"),
        ("../../../x.html", "a/b/index.html", "../../../../x.html"),
        ("../", "index.html", "../../index.html"),
        ("a/b:c.html", "index.html", "a/b:c.html"),
        ("trang-chủ.html", "a/b.html", "a/trang-chủ.html"),
        ("x.html#đầu", "index.html", "x.html"),
        ("b:c/d", "index.html", nil),
        ("?page=2", "tin/index.html", nil),
    ])
    func linksLeadToOutputPaths(link: String, page: String, target: String?) {
        var resolver = LinkTargetResolver(page: page)
        #expect(Array(link.utf8).withUnsafeBytes { resolver.target(of: $0) } == target)
    }
}
