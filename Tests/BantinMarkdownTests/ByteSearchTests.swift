import Testing
@testable import BantinMarkdown

@Suite("ByteSearch")
struct ByteSearchTests {
    @Test(arguments: [
        ("bantin-placeholder-", "x bantin-placeholder-", 0, 2 as Int?),
        ("abc", "ab\u{0}abc", 0, 3),
        ("abc", "abcabc", 1, 3),
        ("abc", "xxab", 0, nil),
        ("abc", "ab", 0, nil),
        ("đ", "Lâm Đồng đây", 0, 13),
        ("", "ab", 1, 1),
    ])
    func findsTheFirstOccurrenceFromAnOffset(needle: String, text: String, start: Int, offset: Int?) {
        let found = Array(text.utf8).withUnsafeBufferPointer { ByteSearch.firstOffset(of: Array(needle.utf8), in: $0, from: start) }
        #expect(found == offset)
    }
}
