import Testing
@testable import BantinCore

@Suite("Approximation")
struct ApproximationTests {
    @Test func wordsPutBeforeTheNumber() {
        #expect(Approximation.allCases.map(\.word) == ["trên", "khoảng", "dưới"])
        #expect(Approximation(rawValue: "over") == .over)
        #expect(Approximation(rawValue: "trên") == nil)
    }
}
