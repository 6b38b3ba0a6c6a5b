import Foundation
import Testing
@testable import BantinCore

/// Pictures and tables in an article, built with an image library that counts its calls.
@Suite("PictureMaker")
struct PictureMakerTests {
    static let page = "bai-viet/lam-ha-tong-ket-phong-trao/index.html"
    static let folder = "bai-viet/lam-ha-tong-ket-phong-trao/"
    static let photo = FakeImageProcessor.picture(width: 1200, height: 800)
    static var hash: String { String(StableHash.of(Data(photo.utf8)).prefix(8)) }

    private func build(_ body: String, extra: String = "", files more: [String: String] = [:], images: FakeImageProcessor = FakeImageProcessor()) -> BuildResult {
        var files = TestSite.files(with: [TestSite.articlePath: TestSite.article(extra: extra, body: body)])
        for (path, text) in more { files[path] = text }
        var options = BuildOptions()
        options.images = images
        return TestSite.build(files, options: options)
    }

    private func body(of result: BuildResult) throws -> String {
        let page = try #require(TestSite.page(Self.page, of: result))
        let start = try #require(page.range(of: "<div class=\"article-body\">\n"))
        let end = try #require(page.range(of: "\n</div>\n</article>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func aPictureAloneInItsParagraphIsAFigureWithItsSizeCopiesAndCaption() throws {
        let result = build("![Chợ đêm Đà Lạt](cho-dem.jpg \"Chợ đêm, tháng 5/2025\")\n",
                           files: ["content/articles/2023/cho-dem.jpg": Self.photo])
        #expect(TestSite.report(result) == "")
        #expect(try body(of: result) == """
            <figure><img src="cho-dem.jpg" alt="Chợ đêm Đà Lạt" width="1200" height="800" loading="lazy" decoding="async" \
            srcset="cho-dem-480-\(Self.hash).webp 480w, cho-dem-960-\(Self.hash).webp 960w, cho-dem.jpg 1200w" \
            sizes="(max-width: 44rem) 100vw, 44rem"><figcaption>Chợ đêm, tháng 5/2025</figcaption></figure>

            """)
        #expect(TestSite.page(Self.folder + "cho-dem.jpg", of: result) == Self.photo)
        #expect(TestSite.page(Self.folder + "cho-dem-480-\(Self.hash).webp", of: result) == "COPY 480 OF " + Self.photo)
        #expect(TestSite.page(Self.folder + "cho-dem-960-\(Self.hash).webp", of: result) == "COPY 960 OF " + Self.photo)
    }

    @Test func aSmallPictureHasItsSizeButNoCopiesAndNoCaptionWithoutATitle() throws {
        let images = FakeImageProcessor()
        let result = build("![Bản đồ xã](/ban-do.png)\n", files: ["content/static/ban-do.png": FakeImageProcessor.picture(width: 640, height: 480)], images: images)
        #expect(TestSite.report(result) == "")
        #expect(try body(of: result) == """
            <figure><img src="../../ban-do.png" alt="Bản đồ xã" width="640" height="480" loading="lazy" decoding="async"></figure>

            """)
        #expect(images.calls.variant == 0)
    }

    @Test func aPictureInASentenceStaysInItAndADecorativeOneHasNoAlternativeText() throws {
        let result = build("Xem ![Chợ](cho.jpg) ở đây.\n\n![](hoa-van.png \"trang trí\")\n",
                           files: ["content/articles/2023/cho.jpg": FakeImageProcessor.picture(width: 300, height: 200),
                                   "content/articles/2023/hoa-van.png": FakeImageProcessor.picture(width: 600, height: 20)])
        #expect(TestSite.report(result) == "")
        #expect(try body(of: result) == """
            <p>Xem <img src="cho.jpg" alt="Chợ" width="300" height="200" loading="lazy" decoding="async"> ở đây.</p>
            <p><img src="hoa-van.png" alt="" width="600" height="20" loading="lazy" decoding="async"></p>

            """)
    }

    @Test func aDrawingIsShownAsItIsWithoutAskingTheLibrary() throws {
        let images = FakeImageProcessor()
        let result = build("![Sơ đồ tổ chức](so-do.svg \"Sơ đồ\")\n",
                           files: ["content/articles/2023/so-do.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"], images: images)
        #expect(TestSite.report(result) == "")
        #expect(try body(of: result) == """
            <figure><img src="so-do.svg" alt="Sơ đồ tổ chức" loading="lazy" decoding="async"><figcaption>Sơ đồ</figcaption></figure>

            """)
        #expect(images.calls.size == 0)
    }

    @Test func aPictureOfAnotherSiteStaysAsItIs() throws {
        let result = build("![Cầu Rồng](https://example.vn/cau-rong.jpg \"Cầu\")\n")
        #expect(TestSite.report(result) == "")
        #expect(try body(of: result) == "<p><img src=\"https://example.vn/cau-rong.jpg\" alt=\"Cầu Rồng\" title=\"Cầu\" /></p>\n")
    }

    @Test func aPictureWithoutAlternativeTextIsAnErrorAtItsPlaceEvenFromAnotherSite() {
        let result = build("Mở đầu.\n\n![](cho-dem.jpg \"Chợ đêm\") và ![ ](https://example.vn/a.jpg)\n",
                           files: ["content/articles/2023/cho-dem.jpg": Self.photo])
        #expect(TestSite.report(result) == """
            content/articles/2023/lam-ha.md:9:5: error: the picture 'cho-dem.jpg' has no alternative text [missing-alt-text]
                9 | ![](cho-dem.jpg "Chợ đêm") và ![ ](https://example.vn/a.jpg)
                  |     ^~~~~~~~~~~
               hint: describe what it shows between the brackets: ![Cầu Long Biên lúc sáng sớm](cho-dem.jpg); a picture that only decorates takes the title "trang trí": ![](cho-dem.jpg "trang trí")
            content/articles/2023/lam-ha.md:9:36: error: the picture 'https://example.vn/a.jpg' has no alternative text [missing-alt-text]
                9 | ![](cho-dem.jpg "Chợ đêm") và ![ ](https://example.vn/a.jpg)
                  |                                    ^~~~~~~~~~~~~~~~~~~~~~~~
               hint: describe what it shows between the brackets: ![Cầu Long Biên lúc sáng sớm](https://example.vn/a.jpg); a picture that only decorates takes the title "trang trí": ![](https://example.vn/a.jpg "trang trí")

            """)
    }

    @Test func aFileThatIsNotAPictureIsAnErrorAndAHeavyOneAWarning() {
        let result = build("![Báo cáo](bao-cao.jpg)\n\n![Toàn cảnh](toan-canh.jpg)\n",
                           files: ["content/articles/2023/bao-cao.jpg": "%PDF-1.7",
                                   "content/articles/2023/toan-canh.jpg": FakeImageProcessor.picture(width: 6000, height: 4000, padding: 2_400_000)])
        #expect(TestSite.report(result) == """
            content/articles/2023/lam-ha.md:7:12: error: the file 'bao-cao.jpg' is not a picture [not-a-picture]
                7 | ![Báo cáo](bao-cao.jpg)
                  |            ^~~~~~~~~~~
               hint: link a JPEG, PNG, WebP or GIF picture; a file renamed to .jpg is not one
            content/articles/2023/lam-ha.md:9:14: warning: the picture 'toan-canh.jpg' weighs 2,4 MB, which readers on a phone pay for [heavy-picture]
                9 | ![Toàn cảnh](toan-canh.jpg)
                  |              ^~~~~~~~~~~~~
               hint: save it at most 2.000 pixels wide as a JPEG of quality 80; Bantin makes the smaller copies itself

            """)
    }

    @Test func theArticlesOwnPictureHasItsSizeAndCopiesAndIsSharedAsItIs() throws {
        let result = build("Nội dung.\n", extra: "image: cho-dem.jpg\nimage_alt: Chợ đêm Đà Lạt\n",
                           files: ["content/articles/2023/cho-dem.jpg": Self.photo])
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page(Self.page, of: result))
        #expect(page.contains("""
            <figure><img src="cho-dem.jpg" alt="Chợ đêm Đà Lạt" width="1200" height="800" decoding="async" \
            srcset="cho-dem-480-\(Self.hash).webp 480w, cho-dem-960-\(Self.hash).webp 960w, cho-dem.jpg 1200w" \
            sizes="(max-width: 44rem) 100vw, 44rem"></figure>
            """))
        // Without a base_url the shared picture's address stays relative; the original, not a copy.
        #expect(page.contains("<meta property=\"og:image\" content=\"cho-dem.jpg\">"))
        #expect(TestSite.page(Self.folder + "cho-dem-480-\(Self.hash).webp", of: result) == "COPY 480 OF " + Self.photo)
    }

    @Test func aTableBlockBecomesATableAndARaggedRowAnErrorAtItsLine() throws {
        let table = "Bảng dưới đây.\n\n```table\ncaption: Kết quả\nHuyện,Buổi\nLâm Hà,6003\n```\n"
        #expect(try body(of: build(table)) == """
            <p>Bảng dưới đây.</p>
            <div class="data-table">
            <table>
            <caption>Kết quả</caption>
            <thead>
            <tr><th scope="col">Huyện</th><th scope="col" class="number">Buổi</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">Lâm Hà</th><td class="number">6.003</td></tr>
            </tbody>
            </table>
            </div>

            """)
        #expect(TestSite.report(build("```table\nHuyện,Buổi\nLâm Hà,6003,86.1%\n```\n")) == """
            content/articles/2023/lam-ha.md:9:1: error: this row has 3 cells, but the header has 2 [table-row-width]
                9 | Lâm Hà,6003,86.1%
                  | ^~~~~~~~~~~~~~~~~
               hint: give every row one cell a column, empty ones too (a,,c); a cell holding a comma goes in quotes: "86,1%"

            """)
    }
}
