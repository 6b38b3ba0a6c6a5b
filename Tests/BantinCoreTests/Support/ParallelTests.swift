import Testing
@testable import BantinCore

@Suite("Parallel")
struct ParallelTests {
    @Test func resultsKeepTheInputOrder() {
        let inputs = Array(0..<1000)
        #expect(Parallel.map(inputs) { $0 * 2 } == inputs.map { $0 * 2 })
    }

    @Test func emptyAndSingleInputs() {
        #expect(Parallel.map([Int]()) { $0 } == [])
        #expect(Parallel.map([7]) { $0 + 1 } == [8])
    }
}
