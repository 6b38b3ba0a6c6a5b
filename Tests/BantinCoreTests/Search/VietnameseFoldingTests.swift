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

    /// The rule as it was first written, normalizing the whole text with Foundation: the table
    /// the folder reads must give the same syllables, whatever the marks' order and the script.
    static func reference(_ text: String) -> [String] {
        let scalars = Array(UnicodeNormalization.nfd(UnicodeNormalization.nfd(text).lowercased()).unicodeScalars)
        func isMark(_ s: Unicode.Scalar) -> Bool {
            [.nonspacingMark, .spacingMark, .enclosingMark].contains(s.properties.generalCategory)
        }
        func isWord(_ s: Unicode.Scalar) -> Bool {
            isMark(s) || [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                          .decimalNumber, .letterNumber, .otherNumber].contains(s.properties.generalCategory)
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        var tokens: [String] = []
        var run: [Unicode.Scalar] = []
        func close() {
            var folded = "", exact = String.UnicodeScalarView(), tone: Unicode.Scalar?
            for s in run {
                if VietnameseFolding.isD(s.value) {
                    folded += "d"
                    exact.append("\u{111}")
                } else if isMark(s) {
                    if VietnameseFolding.isTone(s.value) { if tone == nil { tone = s } } else { exact.append(s) }
                } else {
                    folded.unicodeScalars.append(s)
                    exact.append(s)
                }
            }
            if let tone { exact.append(tone) }
            if !folded.isEmpty { tokens.append(folded + "/" + UnicodeNormalization.nfc(String(exact))) }
            run = []
        }
        for (index, scalar) in scalars.enumerated() {
            if isWord(scalar) {
                run.append(scalar)
            } else if scalar == "." || scalar == ",", let last = run.last, isDigit(last), index + 1 < scalars.count, isDigit(scalars[index + 1]) {
                continue
            } else {
                close()
            }
        }
        close()
        return tokens
    }

    @Test func theTableGivesWhatNormalizingTheWholeTextGives() {
        // Letters of every kind the table holds and beyond it, marks in both orders, d-likes,
        // digits with separators, Greek, Cyrillic, Hangul, ligatures, look-alike signs.
        let pool = Array("aAăâđĐÐðƉɖeêoôơuưyYiIİıßẞǄǅǆĳﬁΩΣσςΆЁйЙ가힣각ÅÅK²½١٢ǅ 0123456789.,;-–—…“”'\"()!?\n\t"
            .unicodeScalars) + (0x300...0x36F).compactMap(Unicode.Scalar.init) + (0x1EA0...0x1EF9).compactMap(Unicode.Scalar.init)
            + (0xC0...0x24F).compactMap(Unicode.Scalar.init)
        var seed: UInt64 = 0x5EED
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(1 + next() % 24) { text.append(pool[next() % pool.count]) }
            let string = String(text)
            #expect(VietnameseFolding.tokens(string).map(\.description) == Self.reference(string), "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func aLongTextIsCutAsItsPieces() {
        let sentence = "Xã Đạ Đờn đã làm rõ 1.010/1.173 vụ, đạt 86,1%; hoà giải thành 6.003 buổi. "
        let text = String(repeating: sentence, count: 400)
        let tokens = VietnameseFolding.tokens(text)
        #expect(tokens.count == 400 * VietnameseFolding.tokens(sentence).count)
        #expect(tokens.map(\.description) == Self.reference(text))
    }
}
