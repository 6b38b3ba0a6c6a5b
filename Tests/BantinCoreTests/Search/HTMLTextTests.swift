import Testing
@testable import BantinCore

@Suite("HTMLText")
struct HTMLTextTests {
    @Test func tagsBecomeSpacesCommentsGoAndEntitiesAreRead() {
        #expect(HTMLText.plain("<p>Lâm Hà &amp; Đạ Đờn<!-- khối 1 --><em>6.003</em> &lt;b&gt; &quot;x&quot; &#39;y&#39; &amp;lt;</p>")
            == " Lâm Hà & Đạ Đờn  6.003  <b> \"x\" 'y' &lt; ")
    }

    @Test func anUnclosedTagOrCommentEndsTheText() {
        #expect(HTMLText.plain("a <b") == "a  ")
        #expect(HTMLText.plain("a <!-- b > c") == "a  ")
    }

    /// A tag every few bytes over megabytes: one pass, not a search from each tag to the end.
    @Test(.timeLimit(.minutes(1))) func aLongBodyOfTagsIsReadInOnePass() {
        let html = String(repeating: "<p>x</p>", count: 200_000)
        #expect(HTMLText.plain(html).utf8.count == 600_000)
    }
}
