import Testing
@testable import BantinCore

@Suite("StructuredData")
struct StructuredDataTests {
    @Test func keepsTheOrderOfItsPairs() {
        let value = StructuredData.Value.object([
            ("@type", .text("NewsArticle")), ("headline", .text("Lâm Đồng: kết quả")), ("image", .array([.text("a.jpg"), .text("b.jpg")])),
        ])
        #expect(StructuredData.json(value) == #"{"@type":"NewsArticle","headline":"Lâm Đồng: kết quả","image":["a.jpg","b.jpg"]}"#)
    }

    @Test func noTextCanCloseTheScriptElement() {
        #expect(StructuredData.json(.text("a</script><!--&\"")) == #""a\u003c/script\u003e\u003c!--\u0026\"""#)
    }

    @Test func aPlaceSitsInsideTheUnitsAboveIt() throws {
        let place = try #require(StructuredData.place(["Xã Đạ Đờn", "Huyện Lâm Hà", "Tỉnh Lâm Đồng"]))
        #expect(StructuredData.json(place) == """
            {"@type":"AdministrativeArea","name":"Xã Đạ Đờn","containedInPlace":{"@type":"AdministrativeArea",\
            "name":"Huyện Lâm Hà","containedInPlace":{"@type":"AdministrativeArea","name":"Tỉnh Lâm Đồng"}}}
            """)
        #expect(StructuredData.place([]) == nil)
    }

    @Test func thePublisherIsTheBulletin() {
        #expect(StructuredData.json(StructuredData.publisher(name: "Bản tin", url: "https://x.vn/")) == #"{"@type":"Organization","name":"Bản tin","url":"https://x.vn/"}"#)
        #expect(StructuredData.json(StructuredData.publisher(name: "Bản tin", url: nil)) == #"{"@type":"Organization","name":"Bản tin"}"#)
    }
}
