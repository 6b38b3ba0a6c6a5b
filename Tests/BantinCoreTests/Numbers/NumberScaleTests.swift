import Testing
@testable import BantinCore

@Suite("NumberScale")
struct NumberScaleTests {
    @Test("multiplier and word", arguments: [
        (NumberScale.thousand, 1e3, "nghìn"),
        (NumberScale.million, 1e6, "triệu"),
        (NumberScale.billion, 1e9, "tỷ"),
    ])
    func multiplierAndWord(scale: NumberScale, multiplier: Double, word: String) {
        #expect(scale.multiplier == multiplier)
        #expect(scale.word == word)
    }

    @Test func casesInOrderWithStableRawValues() {
        #expect(NumberScale.allCases.map(\.rawValue) == ["thousand", "million", "billion"])
        #expect(NumberScale(rawValue: "billion") == .billion)
    }
}
