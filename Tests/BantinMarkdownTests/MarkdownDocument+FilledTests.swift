import Testing
@testable import BantinMarkdown

@Suite("MarkdownDocument.filled")
struct MarkdownDocumentFilledTests {
    @Test func substitutesLinksAndBlocksByIndex() {
        let document = MarkdownParser.parse("""
            [a](x.md) ![b](y.png)

            ```facts
            values: {}
            ```
            """)
        let html = document.filled(
            link: { index, link in "L\(index)-\(link.destination)" },
            block: { index, block in "<aside>\(index) \(block.info)</aside>" }
        )
        #expect(html == "<p><a href=\"L0-x.md\">a</a> <img src=\"L1-y.png\" alt=\"b\" /></p>\n<aside>0 facts</aside>\n")
    }

    @Test func theLinkIsEscapedForTheAttributeAndTheBlockIsNot() {
        let document = MarkdownParser.parse("[a](x.md)\n\n```facts\n```\n")
        let html = document.filled(link: { _, _ in "a\"b<c d&e'f" }, block: { _, _ in "<b>\"raw\"</b>" })
        #expect(html == "<p><a href=\"a&quot;b&lt;c%20d&amp;e&#39;f\">a</a></p>\n<b>\"raw\"</b>\n")
    }

    @Test func onlyWholePlaceholdersInAnHrefASrcOrACommentAreFilled() {
        let html = #"<p><a href="P-link-0" title="P-link-1">a</a><img src="P-link-1" alt="" />P-link-0 <a href="P-link-9">x</a>"#
            + #"<a href="P-link-0x">y</a><a href="P-link-">z</a></p>\#n<!--P-block-0--><!--P-block-7-->P-block-0--><!--P-block-0->"#
        let link = MarkdownLink(destination: "x.md", isImage: false, line: 1, column: 1)
        let block = CapturedBlock(info: "facts", content: "", fenceLine: 1, fenceColumn: 1, contentLine: 2, contentColumn: 1)
        let document = MarkdownDocument(html: html, blocks: [block], links: [link, link], firstParagraph: nil, placeholderPrefix: "P-")
        #expect(document.filled(link: { index, _ in "L\(index)" }, block: { index, _ in "<B\(index)>" })
            == #"<p><a href="L0" title="P-link-1">a</a><img src="L1" alt="" />P-link-0 <a href="">x</a>"#
            + #"<a href="P-link-0x">y</a><a href="P-link-">z</a></p>\#n<B0>P-block-0--><!--P-block-0->"#)
    }

    @Test func imagesAreFilledByTheirOwnClosureOrAsAPlainImgWithoutIt() {
        let document = MarkdownParser.parse("![Chợ \"đêm\"](cho.jpg \"Ảnh <1>\")\n\nXem ![b](y.png).\n")
        let html = document.filled(link: { _, _ in "L" }, block: { _, _ in "" },
                                   image: { index, image in "<figure \(index) \(image.text) \(image.standsAlone)>" })
        #expect(html == "<figure 0 Chợ \"đêm\" true>\n<p>Xem <figure 1 b false>.</p>\n")
        #expect(document.filled(link: { index, _ in "a b\(index).jpg" }, block: { _, _ in "" })
            == "<img src=\"a%20b0.jpg\" alt=\"Chợ &quot;đêm&quot;\" title=\"Ảnh &lt;1&gt;\" />\n<p>Xem <img src=\"a%20b1.jpg\" alt=\"b\" />.</p>\n")
    }

    @Test func aDocumentWithoutPlaceholdersIsReturnedAsItIs() {
        let document = MarkdownParser.parse("Chỉ có chữ, và [một liên kết](https://e.vn).")
        #expect(document.filled(link: { _, _ in "X" }, block: { _, _ in "Y" }) == document.html)
    }

    @Test("escapeAttribute", arguments: [
        ("../bai-viet/a/index.html", "../bai-viet/a/index.html"),
        ("a b", "a%20b"),
        ("<\"&'>", "&lt;&quot;&amp;&#39;&gt;"),
        ("lâm-hà", "lâm-hà"),
    ])
    func escapeAttribute(text: String, expected: String) {
        #expect(MarkdownDocument.escapeAttribute(text) == expected)
    }
}
