import Testing
@testable import BantinCore

@Suite("LinkBuilder")
struct LinkBuilderTests {
    let relative = LinkBuilder(baseURL: nil)
    let pretty = LinkBuilder(baseURL: "https://example.gov.vn/bantin/")

    @Test("without base_url links name index.html", arguments: [
        ("index.html", "index.html", "index.html"),
        ("index.html", "css/style.css", "css/style.css"),
        ("index.html", "bai-viet/a/index.html", "bai-viet/a/index.html"),
        ("bai-viet/a/index.html", "index.html", "../../index.html"),
        ("bai-viet/a/index.html", "bai-viet/b/index.html", "../b/index.html"),
        ("bai-viet/a/index.html", "bai-viet/a/anh.jpg", "anh.jpg"),
        ("dia-phuong/lam-dong/lam-ha/index.html", "dia-phuong/lam-dong/index.html", "../index.html"),
        ("trang/2/index.html", "index.html", "../../index.html"),
    ])
    func relativeLinks(page: String, target: String, link: String) {
        #expect(relative.link(from: page, to: target) == link)
    }

    @Test("with base_url links end in a slash", arguments: [
        ("index.html", "index.html", "./"),
        ("index.html", "bai-viet/a/index.html", "bai-viet/a/"),
        ("bai-viet/a/index.html", "index.html", "../../"),
        ("bai-viet/a/index.html", "bai-viet/b/index.html", "../b/"),
        ("bai-viet/a/index.html", "bai-viet/a/index.html", "./"),
        ("bai-viet/a/index.html", "css/style.css", "../../css/style.css"),
    ])
    func prettyLinks(page: String, target: String, link: String) {
        #expect(pretty.link(from: page, to: target) == link)
    }

    @Test func theRootFromAPage() {
        #expect(relative.root(from: "index.html") == "./")
        #expect(relative.root(from: "bai-viet/a/index.html") == "../../")
        #expect(relative.root(from: "dia-phuong/lam-dong/lam-ha/index.html") == "../../../")
    }

    @Test func absoluteURLsOnlyUnderABaseURL() {
        #expect(relative.absolute("bai-viet/a/index.html") == nil)
        #expect(pretty.absolute("bai-viet/a/index.html") == "https://example.gov.vn/bantin/bai-viet/a/")
        #expect(pretty.absolute("index.html") == "https://example.gov.vn/bantin/")
        #expect(pretty.absolute("atom.xml") == "https://example.gov.vn/bantin/atom.xml")
    }
}
