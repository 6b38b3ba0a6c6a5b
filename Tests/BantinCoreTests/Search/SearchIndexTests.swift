import Foundation
import Testing
@testable import BantinCore

@Suite("Search without a server")
struct SearchIndexTests {
    static func document(_ title: String, body: String = "", about: String = "") -> SearchDocument {
        SearchDocument(title: title, url: "bai-viet/\(VietnameseSlug.make(title))/index.html", date: "01/01/2025", place: "Tỉnh Lâm Đồng",
                       about: about, body: body)
    }

    /// Articles newest first, as the site orders them.
    static let index = SearchIndex(documents: [
        document("Tin mới ở Đạ Đờn", body: "Xã Đạ Đờn ra quân."),
        document("Lâm Hà tổng kết", body: "Ở Đạ Đờn và ở Đinh Văn, xã Đạ Tông."),
        document("Đồng lòng giữ bình yên", body: "Nhân dân đồng lòng."),
        document("Tin cũ", body: "Xã Đạ Đờn đã làm rõ 1.010/1.173 vụ, đạt 86,1%.", about: "Đạ Đờn\nSố vụ làm rõ"),
        document("Người dân dong thuyền", body: "Dong thuyền trên sông."),
        document("Hòa bình", body: "Giữ hoà bình, thủy lợi và thuỷ sản."),
    ])

    @Test(arguments: [
        ("da don", [0, 1, 3]),
        ("Đạ Đờn", [0, 1, 3]),
        // "Đờn đã" in article 3 is the pair, folded.
        ("đờn đạ", [3, 0, 1]),
        ("1010", [3]),
        ("1.010", [3]),
        ("86,1", [3]),
        // Without diacritics typed, "dong" as written is the exact match.
        ("dong", [4, 2]),
        ("Đồng", [2, 4]),
        ("dong thuyen", [4]),
        ("hòa", [5]),
        ("hoà binh", [5]),
        ("thuy", [5]),
        ("so vu lam ro", [3]),
        ("da", [0, 1, 3]),
        ("am ha", []),
        ("", []),
        ("!!! ...", []),
    ])
    func aQueryFindsWholeSyllablesRankedByAdjacencyDiacriticsTitleAndDate(query: String, expected: [Int]) {
        #expect(Self.index.search(query) == expected)
    }

    @Test func onlyTheSyllableBeingTypedIsAPrefix() {
        #expect(Self.index.search("da do", typing: true) == [0, 1, 3])
        #expect(Self.index.search("da do") == [])
        #expect(Self.index.search("d don", typing: true) == [])
        #expect(Self.index.search("lam h", typing: true) == [1])
    }

    @Test func titlesAndPairsAreIndexed() throws {
        let term = try #require(Self.index.terms["don"])
        #expect(term.all == [0, 1, 3])
        #expect(term.title == [0])
        // The tone mark moved to the end and composed again: n with a grave.
        #expect(term.variants == ["\u{111}\u{1A1}\u{1F9}": [0, 1, 3]])
        #expect(Self.index.terms["dong"]?.variants == ["\u{111}\u{F4}ng\u{300}": [2], "dong": [4]])
        #expect(Self.index.pairs["da don"] == [0, 1, 3])
        #expect(Self.index.pairs["don da"] == [3])
        #expect(Self.index.terms["1010"]?.all == [3])
    }

    @Test func theFilesAreAManifestShardsAndGroupsOfResults() throws {
        let files = Self.index.files(folder: "tim-kiem/")
        #expect(files.map(\.path) == ["tim-kiem/chi-muc.js", "tim-kiem/t/0.js", "tim-kiem/d/0.js"])
        let manifest = String(decoding: files[0].contents, as: UTF8.self)
        #expect(manifest == #"BANTIN_SEARCH_LOADED("chi-muc",{"n":6,"g":8,"t":["1010"]});"# + "\n")
        let shard = String(decoding: files[1].contents, as: UTF8.self)
        // Articles 0, 1 and 3 as a bitmap; in the title, the first of them; the one spelling; the
        // syllables after it: "đã" in the third of them, "ra" in the first, "và" in the second.
        #expect(shard.contains(#""don":["~L","A","\#u{111}\#u{1A1}\#u{1F9}",{"da":"C","ra":"A","va":"B"}],"#))
        // Articles 2 and 4 as gaps; both in the title (none missing); each spelling in one of them.
        #expect(shard.contains(#""dong":["CB","!",{"dong":"B","\#u{111}\#u{F4}ng\#u{300}":"A"},{"long":"A","thuyen":"B"}],"#))
        let results = String(decoding: files[2].contents, as: UTF8.self)
        #expect(results.hasPrefix(#"BANTIN_SEARCH_LOADED("d/0",[["Tin mới ở Đạ Đờn","bai-viet/tin-moi-o-da-don/index.html","01/01/2025","Tỉnh Lâm Đồng","Xã Đạ Đờn ra quân."],"#))
    }

    @Test func shardsAreCutByKeyOrderWithinTheirLimits() {
        let documents = (0..<3000).map { Self.document("Bài \($0)", body: "Số \($0 * 7919 % 100_003) ở xã thứ \($0 % 97) năm \(2000 + $0 % 25).") }
        let files = SearchIndex(documents: documents).files(folder: "tim-kiem/")
        let terms = files.filter { $0.path.hasPrefix("tim-kiem/t/") }.count
        #expect(terms > 1 && terms <= 195)
        #expect(files.filter { $0.path.hasPrefix("tim-kiem/d/") }.count == 300)
        #expect(files.allSatisfy { !String(decoding: $0.contents, as: UTF8.self).contains("</") })
    }

    @Test(arguments: [(10_000, 500), (100_000, 2_000), (1_000, 500), (50_000, 2_000)])
    func theIndexStaysWithinItsFiles(articles: Int, budget: Int) {
        let group = SearchIndex.documentGroup(articles)
        let files = 1 + SearchIndex.shardLimit(articles) + (articles + group - 1) / group
        #expect(files <= budget)
    }

    @Test func sideBySideCountsInTheNewestArticlesOfAPair() {
        // 110 articles with "an ninh"; the last five of them also have "an" in the title, which
        // would put them first if the pair's list were whole: it keeps the newest 100.
        let documents = (0..<110).map { Self.document($0 >= 105 ? "An \($0)" : "Tin \($0)", body: "Giữ an ninh.") }
        let index = SearchIndex(documents: documents)
        #expect(index.pairs["an ninh"]?.count == 110)
        #expect(index.search("an ninh") == Array(0..<100) + Array(105..<110) + Array(100..<105))
    }

    @Test func theScriptCannotBeClosedByText() throws {
        let index = SearchIndex(documents: [Self.document("</script><script>alert(1)</script>", body: "a</b")])
        for file in index.files(folder: "tim-kiem/") {
            #expect(!String(decoding: file.contents, as: UTF8.self).contains("</"), "\(file.path)")
        }
    }

    @Test func anExcerptEndsAfterAWord() {
        let document = Self.document("x", body: String(repeating: "Phong trào toàn dân ", count: 30))
        let excerpt = document.excerpt(length: 30)
        #expect(excerpt == "Phong trào toàn dân Phong trào …")
        var summarized = Self.document("x", body: "Thân bài.")
        summarized.summary = "Tóm tắt."
        #expect(summarized.excerpt() == "Tóm tắt. Thân bài.")
        summarized.body = "Tóm tắt.\n\nThân bài."
        #expect(summarized.excerpt() == "Tóm tắt. Thân bài.")
    }
}
