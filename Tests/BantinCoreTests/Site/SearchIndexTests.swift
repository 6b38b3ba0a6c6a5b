import Foundation
import Testing
@testable import BantinCore

@Suite("Search without a server")
struct SearchIndexTests {
    @Test(arguments: [
        ("Lâm Hà", "lam ha"),
        ("Đạ Đờn", "da don"),
        ("ĐINH VĂN, Lâm Đồng", "dinh van lam dong"),
        ("Phường 1", "phuong 1"),
    ])
    func foldingRemovesCaseAndDiacritics(text: String, folded: String) {
        #expect(SearchIndex.fold(text) == folded)
    }

    static let index: SearchIndex = {
        let result = ExampleSite.result
        precondition(result.succeeded)
        // Rebuild the model the way the builder does, to search the same entries.
        var bag = DiagnosticBag()
        let (site, _) = SiteLoader(source: MemorySiteSource(files: ExampleSite.files), options: BuildOptions()).load(diagnostics: &bag)!
        return SearchIndex(site: site) { OutputPaths.article($0.slug) }
    }()

    @Test(arguments: [
        ("lam ha", "bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html"),
        ("da don", "bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html"),
        ("dinh van", "bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html"),
        ("Đạ Đờn", "bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html"),
        ("LONG AN", "bai-viet/long-an-lan-toa-phong-trao/index.html"),
    ])
    func foldedQueriesFindTheirArticles(query: String, url: String) {
        #expect(Self.index.search(query).map(\.url).contains(url))
    }

    @Test func aQueryMatchesWordStartsNotTheMiddleOfWords() {
        #expect(Self.index.search("am ha").isEmpty)
        #expect(Self.index.search("").isEmpty)
    }

    @Test func theScriptCannotBeClosedByText() {
        var index = Self.index
        index.entries[0].title = "</script><script>alert(1)</script>"
        let script = String(decoding: index.javascriptData, as: UTF8.self)
        #expect(!script.contains("</script>"))
        #expect(script.hasPrefix("window.BANTIN_SEARCH = [[\"<\\/script>"))
    }

    @Test func rowsAreWrittenAsJSONEncoderWroteThemWithClosingTagsEscaped() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var random = SeededRandom(seed: 17)
        for _ in 0..<3000 {
            let entry = SearchIndex.Entry(title: random.text(), url: random.text(), date: random.text(), place: random.text(), text: random.text())
            let json = (try? encoder.encode([entry.title, entry.url, entry.date, entry.place, entry.text])) ?? Data("[]".utf8)
            #expect(String(decoding: SearchIndex.javascriptRow(entry), as: UTF8.self) == String(decoding: Self.closingTagsEscaped(json), as: UTF8.self))
        }
    }

    @Test func closingTagsAreEscapedEvenWhereTheyMeetOtherEscapes() {
        let entry = SearchIndex.Entry(title: "a</b>", url: "<</", date: "\\</", place: "/<", text: "<\"/")
        #expect(String(decoding: SearchIndex.javascriptRow(entry), as: UTF8.self) == #"["a<\/b>","<<\/","\\<\/","/<","<\"/"]"#)
    }

    /// How the rows were escaped after JSONEncoder: every "</" in its output written "<\/".
    static func closingTagsEscaped(_ json: Data) -> [UInt8] {
        var output: [UInt8] = []
        var previous: UInt8 = 0
        for byte in json {
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "<") { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
            previous = byte
        }
        return output
    }
}
