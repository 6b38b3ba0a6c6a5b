import Foundation
import Testing
@testable import BantinCore

@Suite("JSON written as bytes")
struct JSONBytesTests {
    /// What JSONEncoder writes for one value, as the open data and the search index used it.
    static func encoded<Value: Encodable>(_ value: Value) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // In an array, since the value alone is not a JSON document to every encoder.
        guard let data = try? encoder.encode([value]) else { return nil }
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }

    static func string(_ text: String, closingTags: Bool = false) -> String {
        var json = JSONBytes()
        json.string(text, closingTags: closingTags)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    static func number(_ value: Double) -> String? {
        var json = JSONBytes()
        return json.number(value) ? String(decoding: json.bytes, as: UTF8.self) : nil
    }

    @Test(arguments: [
        ("Lâm Hà", #""Lâm Hà""#),
        (#"a"b\c/d"#, #""a\"b\\c/d""#),
        ("\u{8}\u{C}\n\r\t", #""\b\f\n\r\t""#),
        ("\u{0}\u{1}\u{B}\u{E}\u{1A}\u{1F}", #""\u0000\u0001\u000b\u000e\u001a\u001f""#),
        ("\u{7F}\u{2028}\u{2029}😀", "\"\u{7F}\u{2028}\u{2029}😀\""),
        ("</script>", #""</script>""#),
        ("", #""""#),
    ])
    func stringsAreEscapedAsJSONEncoderDoes(text: String, json: String) {
        #expect(Self.string(text) == json)
        #expect(Self.encoded(text) == json)
    }

    @Test func closingTagsAreEscapedInsideStrings() {
        #expect(Self.string("</script><script>alert(1)</script>", closingTags: true) == #""<\/script><script>alert(1)<\/script>""#)
        #expect(Self.string(#"a</b><</\</ /<"#, closingTags: true) == #""a<\/b><<\/\\<\/ /<""#)
    }

    @Test(arguments: [
        (6003, "6003"), (86.1, "86.1"), (74.2e9, "74200000000"), (0.1 + 0.2, "0.30000000000000004"),
        (1e-7, "1e-07"), (0.0001, "0.0001"), (1e21, "1e+21"), (1e16, "1e+16"), (1e15, "1000000000000000"),
        (9_007_199_254_740_992, "9007199254740992"), (123_456_789_012_345_678, "1.2345678901234568e+17"),
        (-0.0, "-0"), (0, "0"), (-1.5, "-1.5"), (5e-324, "5e-324"), (.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ] as [(Double, String)])
    func numbersArePrintedAsJSONEncoderDoes(value: Double, json: String) {
        #expect(Self.number(value) == json)
        #expect(Self.encoded(value) == json)
    }

    @Test func numbersThatAreNotFiniteAreRefusedLikeJSONEncoderDoes() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(Self.number(value) == nil)
            #expect(Self.encoded(value) == nil)
        }
    }

    @Test func randomTextIsWrittenAsJSONEncoderWritesIt() {
        var random = SeededRandom(seed: 2024)
        for _ in 0..<5000 {
            let text = random.text(pieces: 20)
            #expect(Self.string(text) == Self.encoded(text), "\(Array(text.unicodeScalars))")
        }
        // Every piece alone, so none is left to chance.
        for piece in SeededRandom.pieces {
            #expect(Self.string(piece) == Self.encoded(piece), "\(Array(piece.unicodeScalars))")
        }
    }

    @Test func randomNumbersArePrintedAsJSONEncoderPrintsThem() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<20000 {
            let value = random.double()
            #expect(Self.number(value) == Self.encoded(value), "\(value.bitPattern)")
        }
    }
}
