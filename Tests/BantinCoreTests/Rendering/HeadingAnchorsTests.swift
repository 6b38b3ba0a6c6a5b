import Testing
@testable import BantinCore

@Suite("HeadingAnchors")
struct HeadingAnchorsTests {
    @Test func aHeadingGetsItsSlugAndALinkToItself() {
        #expect(HeadingAnchors.add(to: "<p>Mở đầu</p>\n<h2>Kết quả nổi bật</h2>\n<p>x</p>\n", linkText: "Liên kết") == """
            <p>Mở đầu</p>
            <h2 id="ket-qua-noi-bat">Kết quả nổi bật <a class="heading-anchor" href="#ket-qua-noi-bat">\
            <span aria-hidden="true">#</span><span class="visually-hidden">Liên kết</span></a></h2>
            <p>x</p>

            """)
    }

    @Test func headingsThatReadAlikeAreNumberedAndTakenIdsAvoided() {
        let html = HeadingAnchors.add(to: "<h3>Main</h3><h3>Main</h3><h2><em>Đạ</em> Đờn</h2>", linkText: "#", taken: ["main"])
        #expect(html.contains(#"<h3 id="main-2">"#))
        #expect(html.contains(#"<h3 id="main-3">"#))
        #expect(html.contains(#"<h2 id="da-don"><em>Đạ</em> Đờn <a"#))
    }

    @Test func otherMarkupIsLeftAlone() {
        let html = "<h1>Tiêu đề</h1><hr><h2 class=\"x\">Y</h2><p>a <hb> b</p><h2>Không đóng"
        #expect(HeadingAnchors.add(to: html, linkText: "#") == html)
    }

    @Test func theLinkTextIsEscaped() {
        #expect(HeadingAnchors.add(to: "<h2>A</h2>", linkText: "<b>&").contains("<span class=\"visually-hidden\">&lt;b&gt;&amp;</span>"))
    }

    @Test func anArticlePageGivesItsHeadingsAnchors() throws {
        let result = TestSite.build(TestSite.files(with: [
            TestSite.articlePath: TestSite.article(body: "Mở đầu.\n\n## Kết quả nổi bật\n\nNội dung.\n")
        ]))
        let page = try #require(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: result))
        #expect(page.contains(##"<h2 id="ket-qua-noi-bat">Kết quả nổi bật <a class="heading-anchor" href="#ket-qua-noi-bat"><span aria-hidden="true">#</span><span class="visually-hidden">Liên kết đến mục này</span></a></h2>"##))
    }
}
