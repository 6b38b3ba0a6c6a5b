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
