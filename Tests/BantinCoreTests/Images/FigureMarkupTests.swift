import Testing
@testable import BantinCore

@Suite("FigureMarkup")
struct FigureMarkupTests {
    @Test func aPictureWithCopiesListsThemAndItselfInItsSrcset() {
        let markup = FigureMarkup(src: "cho-dem.jpg", alt: "Chợ đêm Đà Lạt", caption: "Chợ đêm, tháng 5/2025",
                                  size: ImageSize(width: 1200, height: 800),
                                  variants: [.init(href: "cho-dem-480-a.webp", width: 480), .init(href: "cho-dem-960-a.webp", width: 960)])
        #expect(markup.figure == """
            <figure><img src="cho-dem.jpg" alt="Chợ đêm Đà Lạt" width="1200" height="800" loading="lazy" decoding="async" \
            srcset="cho-dem-480-a.webp 480w, cho-dem-960-a.webp 960w, cho-dem.jpg 1200w" sizes="(max-width: 44rem) 100vw, 44rem">\
            <figcaption>Chợ đêm, tháng 5/2025</figcaption></figure>
            """)
    }

    @Test func noCaptionWithoutATitleAndNoSrcsetWithoutCopies() {
        let markup = FigureMarkup(src: "anh nho.png", alt: "Bản đồ \"xã\" <mới>", size: ImageSize(width: 300, height: 200))
        #expect(markup.figure == """
            <figure><img src="anh%20nho.png" alt="Bản đồ &quot;xã&quot; &lt;mới&gt;" width="300" height="200" loading="lazy" decoding="async"></figure>
            """)
    }

    @Test func theArticlesOwnPictureLoadsAtOnceAndACommaCannotSplitACandidate() {
        let markup = FigureMarkup(src: "a,b.jpg", alt: "Ảnh", size: ImageSize(width: 800, height: 600),
                                  variants: [.init(href: "a,b-480-x.webp", width: 480)], lazy: false)
        #expect(markup.image == """
            <img src="a,b.jpg" alt="Ảnh" width="800" height="600" decoding="async" \
            srcset="a%2Cb-480-x.webp 480w, a%2Cb.jpg 800w" sizes="(max-width: 44rem) 100vw, 44rem">
            """)
    }
}
