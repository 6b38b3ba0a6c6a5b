import Testing
@testable import BantinCore

@Suite("Posting lists")
struct PostingListTests {
    @Test(arguments: [
        ([Int32](), 10, ""),
        // Gaps less one: 0, then 1 (2 - 0 - 1), then 9 (12 - 2 - 1).
        ([0, 2, 12], 1000, "ABJ"),
        // 40 is 1 × 32 + 8: "h" (32 + 1, more follows), then "I".
        ([40], 1000, "hI"),
        ([0, 1, 2, 3, 4, 5, 6], 12, "~_B"),
        // All but 9 of 12: the place missing.
        ([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11], 12, "!J"),
        ([0, 1, 2], 3, "!"),
    ])
    func listsAreGapsMissingPlacesOrABitmapWhicheverIsShortest(numbers: [Int32], count: Int, text: String) {
        #expect(PostingList.encode(numbers, count: count) == text)
        #expect(PostingList.decode(text, count: count) == numbers)
    }

    @Test func aListCutShortIsNeverWrittenByWhatIsMissing() {
        #expect(PostingList.encode([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11], count: 12, complement: false) == "~_3")
        #expect(PostingList.encode([0, 1, 2], count: 3, complement: false) == "~H")
    }

    @Test(arguments: ["#", "h", "~*"])
    func textItCannotHaveWrittenIsRefused(text: String) {
        #expect(PostingList.decode(text, count: 10) == nil)
    }

    @Test func aListInsideAnotherIsItsPlacesThere() {
        #expect(PostingList.places(of: [3, 40, 41], in: [1, 3, 7, 40, 41, 90]) == [1, 3, 4])
    }

    @Test func randomListsReadBackAsTheyWere() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<300 {
            let count = Int(random.next() % 5000) + 1
            let density = Int(random.next() % 100) + 1
            let numbers = (0..<Int32(count)).filter { _ in Int(random.next() % 100) < density }
            #expect(PostingList.decode(PostingList.encode(numbers, count: count), count: count) == numbers)
        }
    }
}
