import Testing
@testable import BantinCore

@Suite("XML escaping")
struct XMLEscapingTests {
    @Test("escapes markup characters", arguments: [
        (#"<script>&"'"#, "&lt;script&gt;&amp;&quot;&#39;"),
        ("Lâm Hà", "Lâm Hà"),
        ("a & b", "a &amp; b"),
        ("&amp;", "&amp;amp;"),
        ("", ""),
        ("line\nnext\ttab", "line\nnext\ttab"),
    ])
    func escapes(text: String, expected: String) {
        #expect(XMLEscaping.escape(text) == expected)
    }

    @Test func dropsCharactersXMLForbids() {
        #expect(XMLEscaping.escape("a\u{0}b\u{8}c\u{1F}d\u{FFFE}e") == "abcde")
    }
}
