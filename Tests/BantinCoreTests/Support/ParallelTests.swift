import Foundation
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

    /// Across the slices of 8,192 items: in order, one separator between two items, none at the ends.
    @Test func appendedItemsKeepTheirOrderAndSeparators() {
        let items = Array(0..<20_000)
        var data = Data("[".utf8)
        Parallel.append(items, separatedBy: Array(", ".utf8), to: &data) { Array(String($0).utf8) }
        #expect(String(decoding: data, as: UTF8.self) == "[" + items.map(String.init).joined(separator: ", "))
        var empty = Data("x".utf8)
        Parallel.append([Int](), separatedBy: [0x2C], to: &empty) { Array(String($0).utf8) }
        #expect(empty == Data("x".utf8))
    }

    /// Work that waits, on threads of its own: every item once, results in the input order.
    @Test func waitingWorkKeepsTheInputOrder() {
        let inputs = Array(0..<1000)
        #expect(Parallel.waiting(inputs) { $0 * 3 } == inputs.map { $0 * 3 })
        #expect(Parallel.waiting(inputs, threads: 3) { $0 + 1 } == inputs.map { $0 + 1 })
        #expect(Parallel.waiting([Int]()) { $0 } == [])
        #expect(Parallel.waiting([7]) { $0 + 1 } == [8])
    }

    /// Work on a thread of its own, waited for later, any number of times.
    @Test func backgroundWorkGivesItsResultOnceFinished() {
        let work = Background { (0..<10_000).reduce(0, +) }
        #expect(work.value == 49_995_000)
        #expect(work.value == 49_995_000)
    }
}
