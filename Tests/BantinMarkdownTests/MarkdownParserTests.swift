import Testing
@testable import BantinMarkdown

@Suite("MarkdownParser")
struct MarkdownParserTests {
    // MARK: Captured blocks

    @Test func theFirstParagraphIsItsPlainTextWithoutSpacesAtTheEnds() {
        #expect(MarkdownParser.parse("\u{00A0} *Lâm* `Hà`\u{200B}\nđã xong\u{3000}\n\nSau.\n").firstParagraph == "Lâm Hà\u{200B} đã xong")
    }

    @Test func capturesAFactsBlockWithItsPositions() {
        let document = MarkdownParser.parse("""
            Đoạn mở đầu.

            ```facts
            values:
              propaganda_sessions: 6003
            ```

            Đoạn sau.
            """)
        #expect(document.blocks == [
            CapturedBlock(info: "facts", content: "values:\n  propaganda_sessions: 6003\n",
                          fenceLine: 3, fenceColumn: 1, contentLine: 4, contentColumn: 1),
        ])
        #expect(document.html == "<p>Đoạn mở đầu.</p>\n<!--bantin-placeholder-block-0-->\n<p>Đoạn sau.</p>\n")
    }

    @Test func capturesOnlyTheInfoWordsAskedFor() {
        let text = """
            ```swift
            let x = 1
            ```

            ```facts extra words
            values: {}
            ```

            ~~~chart
            kind: bar
            ~~~
            """
        let document = MarkdownParser.parse(text)
        #expect(document.blocks.map(\.info) == ["facts"])
        #expect(document.blocks.map(\.fenceLine) == [5])
        #expect(document.html == """
            <pre><code class="language-swift">let x = 1
            </code></pre>
            <!--bantin-placeholder-block-0-->
            <pre><code class="language-chart">kind: bar
            </code></pre>

            """)

        let both = MarkdownParser.parse(text, capturing: ["facts", "chart"])
        #expect(both.blocks.map(\.info) == ["facts", "chart"])
        #expect(both.blocks.map(\.fenceLine) == [5, 9])
        #expect(both.blocks.map(\.contentLine) == [6, 10])
    }

    @Test func anIndentedBlockKeepsTheColumnOfItsFence() {
        let document = MarkdownParser.parse("""
            - Kết quả năm 2023:

              ```facts
              values:
                propaganda_sessions: 6003
              ```
            """)
        #expect(document.blocks == [
            CapturedBlock(info: "facts", content: "values:\n  propaganda_sessions: 6003\n",
                          fenceLine: 3, fenceColumn: 3, contentLine: 4, contentColumn: 3),
        ])
    }

    @Test func aBlockInAQuoteStartsAfterTheMarker() {
        let document = MarkdownParser.parse("""
            > ```facts
            > values: {valuable_tips: 2000}
            > ```
            """)
        #expect(document.blocks == [
            CapturedBlock(info: "facts", content: "values: {valuable_tips: 2000}\n",
                          fenceLine: 1, fenceColumn: 3, contentLine: 2, contentColumn: 3),
        ])
    }

    @Test func blocksAreNumberedInDocumentOrder() {
        let document = MarkdownParser.parse("""
            ```facts
            a: 1
            ```
            Giữa.

            ```facts
            b: 2
            ```
            """)
        #expect(document.blocks.map(\.content) == ["a: 1\n", "b: 2\n"])
        #expect(document.blocks.map(\.fenceLine) == [1, 6])
        #expect(document.html == "<!--bantin-placeholder-block-0-->\n<p>Giữa.</p>\n<!--bantin-placeholder-block-1-->\n")
    }

    // MARK: Links

    @Test func capturesRelativeLinksAndImagesWithLineAndColumn() {
        let document = MarkdownParser.parse("""
            Mở đầu.

            Xem [Lâm Hà](../2024/lam-ha.md) và ảnh:
            ![Hội nghị](anh/hoi-nghi.jpg)
            Tải [báo cáo](/bao-cao.pdf#trang-2).
            """)
        #expect(document.links == [
            MarkdownLink(destination: "../2024/lam-ha.md", isImage: false, line: 3, column: 14),
            MarkdownLink(destination: "anh/hoi-nghi.jpg", isImage: true, line: 4, column: 13, text: "Hội nghị"),
            MarkdownLink(destination: "/bao-cao.pdf#trang-2", isImage: false, line: 5, column: 15),
        ])
        #expect(document.html == """
            <p>Mở đầu.</p>
            <p>Xem <a href="bantin-placeholder-link-0">Lâm Hà</a> và ảnh:
            <!--bantin-placeholder-image-1-->
            Tải <a href="bantin-placeholder-link-2">báo cáo</a>.</p>

            """)
    }

    @Test func anImageAloneInItsParagraphIsABlockPlaceholderWithItsTextAndTitle() {
        let document = MarkdownParser.parse("""
            ![Chợ *đêm* Đà Lạt](cho-dem.jpg "Chợ đêm, tháng 5")

            Chữ ![](hoa.png "trang trí") giữa câu.

            ![Cầu Rồng](https://example.vn/cau.jpg)
            """)
        #expect(document.links == [
            MarkdownLink(destination: "cho-dem.jpg", isImage: true, line: 1, column: 21,
                         text: "Chợ đêm Đà Lạt", title: "Chợ đêm, tháng 5", standsAlone: true),
            MarkdownLink(destination: "hoa.png", isImage: true, line: 3, column: 9, text: "", title: "trang trí"),
        ])
        #expect(document.remoteImages == [
            MarkdownLink(destination: "https://example.vn/cau.jpg", isImage: true, line: 5, column: 13, text: "Cầu Rồng", standsAlone: true),
        ])
        #expect(document.html == """
            <!--bantin-placeholder-image-0-->
            <p>Chữ <!--bantin-placeholder-image-1--> giữa câu.</p>
            <p><img src="https://example.vn/cau.jpg" alt="Cầu Rồng" /></p>

            """)
        // A picture is not the article's first words.
        #expect(document.firstParagraph == "Chữ  giữa câu.")
    }

    @Test("links to other sites are left as written", arguments: [
        "https://baolamdong.vn/lam-ha",
        "http://example.vn",
        "mailto:toasoan@example.gov.vn",
        "tel:+84263123456",
        "#ket-qua",
        "//cdn.example.vn/anh.jpg",
    ])
    func externalLinksAreNotCaptured(destination: String) {
        let document = MarkdownParser.parse("[liên kết](\(destination))")
        #expect(document.links == [])
        #expect(document.html == "<p><a href=\"\(destination)\">liên kết</a></p>\n")
    }

    @Test("isRelative", arguments: [
        ("../2024/x.md", true),
        ("anh.jpg", true),
        ("/bao-cao.pdf", true),
        ("./a:b.md", true),
        ("2024:05.md", true),
        ("https://x.vn", false),
        ("mailto:a@b.vn", false),
        ("JaVaScRiPt:alert(1)", false),
        ("svn+ssh://host", false),
        ("#phan-2", false),
        ("//host/x", false),
        ("", false),
    ])
    func isRelative(destination: String, expected: Bool) {
        #expect(MarkdownParser.isRelative(destination) == expected)
    }

    @Test func theSameDestinationTwiceOnALineHasTwoColumns() {
        let document = MarkdownParser.parse("[a](x.md) và [b](x.md)")
        #expect(document.links.map(\.column) == [5, 18])
    }

    @Test func aDestinationAlsoWrittenAsTheLinkTextIsFoundAfterTheBracket() {
        let document = MarkdownParser.parse("Xem [../2024/a.md](../2024/a.md).")
        #expect(document.links.map(\.column) == [20])
    }

    @Test func aLinkAfterALongBlockIsOnItsOwnLine() {
        let document = MarkdownParser.parse("""
            Dòng một có [a](a.md)
            dòng hai.

            ```facts
            values: {}
            ```

            - mục [a](a.md)
            """)
        #expect(document.links.map { [$0.line, $0.column] } == [[1, 17], [8, 11]])
    }

    // MARK: Safe mode

    @Test func rawHTMLNeverReachesThePage() {
        let document = MarkdownParser.parse("""
            <script>alert("x")</script>

            Ảnh <img src="x" onerror="alert(1)"> đây.

            <div onclick="x()">khối</div>
            """)
        #expect(document.html == """
            <!-- raw HTML omitted -->
            <p>Ảnh <!-- raw HTML omitted --> đây.</p>
            <!-- raw HTML omitted -->

            """)
    }

    @Test("script URLs get an empty href", arguments: [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
    ])
    func scriptLinksAreEmptied(destination: String) {
        let document = MarkdownParser.parse("[bấm](\(destination)) ![ảnh](\(destination))")
        #expect(document.links == [])
        #expect(document.html == "<p><a href=\"\">bấm</a> <img src=\"\" alt=\"ảnh\" /></p>\n")
    }

    // MARK: Placeholders

    @Test func aTextThatContainsThePrefixGetsAnotherOne() {
        let text = "Chữ bantin-placeholder-link-0 và [a](x.md) [t](https://e.vn \"bantin-placeholder-link-0\")"
        let document = MarkdownParser.parse(text)
        #expect(document.placeholderPrefix == "bantin-placeholder1-")
        #expect(document.filled(link: { _, _ in "THAY" }, block: { _, _ in "" }) ==
            "<p>Chữ bantin-placeholder-link-0 và <a href=\"THAY\">a</a> <a href=\"https://e.vn\" title=\"bantin-placeholder-link-0\">t</a></p>\n")
    }

    @Test func thePrefixAvoidsEveryForm() {
        #expect(MarkdownParser.placeholderPrefix(avoiding: "bantin-placeholder- bantin-placeholder1-") == "bantin-placeholder2-")
        #expect(MarkdownParser.placeholderPrefix(avoiding: "không có gì") == "bantin-placeholder-")
    }

    @Test("an escaped prefix cannot forge a placeholder either", arguments: [
        #"bantin&#45;placeholder-link-0"#,
        #"bantin\-placeholder-link-0"#,
    ])
    func anEscapedPrefixCannotForge(written: String) {
        let document = MarkdownParser.parse("[a](x.md) [t](https://e.vn \"\(written)\")")
        let filled = document.filled(link: { _, _ in "THAY" }, block: { _, _ in "" })
        #expect(filled == "<p><a href=\"THAY\">a</a> <a href=\"https://e.vn\" title=\"bantin-placeholder-link-0\">t</a></p>\n")
    }

    // MARK: First paragraph

    @Test func firstParagraphIsPlainText() {
        let document = MarkdownParser.parse("""
            # Tiêu đề

            ```facts
            values: {}
            ```

            Ngày *26/5*, Công an huyện `Lâm Hà`
            tổng kết [phong trào](a.md).

            Đoạn hai.
            """)
        #expect(document.firstParagraph == "Ngày 26/5, Công an huyện Lâm Hà tổng kết phong trào.")
    }

    @Test func noParagraphMeansNoFirstParagraph() {
        #expect(MarkdownParser.parse("# Chỉ có tiêu đề\n").firstParagraph == nil)
        #expect(MarkdownParser.parse("").firstParagraph == nil)
        #expect(MarkdownParser.parse("").html == "")
    }
}
