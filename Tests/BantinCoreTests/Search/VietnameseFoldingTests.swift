import Foundation
import Testing
@testable import BantinCore

@Suite("Vietnamese folding")
struct VietnameseFoldingTests {
    @Test(arguments: [
        ("Lâm Hà", "lam ha"),
        ("Đạ Đờn", "da don"),
        ("\u{D0}ạ \u{189}ờn", "da don"),
        ("ĐINH VĂN, Lâm Đồng", "dinh van lam dong"),
        ("Phường 1", "phuong 1"),
        ("1.010/1.173 vụ (đạt 86,1%)", "1010 1173 vu dat 861"),
        ("!!! ... ???", ""),
    ])
    func foldingRemovesCaseDiacriticsAndThousandsSeparators(text: String, folded: String) {
        #expect(VietnameseFolding.fold(text) == folded)
        #expect(VietnameseFolding.fold(text.decomposedStringWithCanonicalMapping) == folded)
    }

    @Test(arguments: [("hòa", "hoà"), ("thủy", "thuỷ"), ("xóa", "xoá"), ("HÒA", "hoà"), ("Đồng", "đồng")])
    func oldAndNewTonePlacementAreOneExactSpelling(old: String, new: String) throws {
        let a = try #require(VietnameseFolding.tokens(old).first)
        let b = try #require(VietnameseFolding.tokens(new).first)
        #expect(a == b)
        #expect(VietnameseFolding.tokens(old.decomposedStringWithCanonicalMapping) == [a])
    }

    @Test func exactSpellingsKeepWhatFoldingDrops() {
        #expect(VietnameseFolding.tokens("Đồng dong").map(\.description) == ["dong/đông\u{300}", "dong/dong"])
    }

    /// The cases the browser's search.js is checked against too (Tests/browser), so that both
    /// cut text into the same syllables.
    @Test func theSharedCasesGiveTheirTokens() throws {
        let url = TestSite.fixtures.appendingPathComponent("search/folding.json")
        let cases = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        #expect(cases.count > 20)
        for entry in cases {
            let input = try #require(entry["input"] as? String)
            let tokens = try #require(entry["tokens"] as? [String])
            #expect(VietnameseFolding.tokens(input).map(\.description) == tokens, "\(input)")
        }
    }
}
