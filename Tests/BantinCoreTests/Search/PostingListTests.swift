import Testing
@testable import BantinCore

@Suite("Posting lists")
struct PostingListTests {
    @Test(arguments: [
        ([Int32](), 10, ""),
        ([0, 2, 12], 1000, "0,2,a"),
        ([40], 1000, "14"),
        ([0, 1, 2, 3, 4, 5, 6], 12, "~_B"),
    ])
    func listsAreGapsOrABitmapWhicheverIsShorter(numbers: [Int32], count: Int, text: String) {
        #expect(PostingList.encode(numbers, count: count) == text)
        #expect(PostingList.decode(text) == numbers)
    }

    @Test func randomListsReadBackAsTheyWere() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<300 {
            let count = Int(random.next() % 5000) + 1
            let density = Int(random.next() % 100) + 1
            let numbers = (0..<Int32(count)).filter { _ in Int(random.next() % 100) < density }
            #expect(PostingList.decode(PostingList.encode(numbers, count: count)) == numbers)
        }
    }
}
