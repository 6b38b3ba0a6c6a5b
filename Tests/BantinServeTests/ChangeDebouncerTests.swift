import Foundation
import Synchronization
import Testing
@testable import BantinServe

@Suite("Change debouncer")
struct ChangeDebouncerTests {
    /// Records the batches it is given.
    final class Batches: Sendable {
        private let batches = Mutex<[[String]]>([])
        func append(_ batch: ChangeBatch) { batches.withLock { $0.append(batch.paths) } }
        var all: [[String]] { batches.withLock { $0 } }
    }

    @Test func aBurstBecomesOneBatchOfDistinctSortedPaths() async {
        let (changes, input) = AsyncStream.makeStream(of: String.self)
        for path in ["content/b.md", "content/a.md", "content/b.md", "site.yaml", "content/a.md"] { input.yield(path) }
        input.finish()
        let batches = Batches()
        await ChangeDebouncer(quiet: .milliseconds(20)).run(changes) { batches.append($0) }
        #expect(batches.all == [["content/a.md", "content/b.md", "site.yaml"]])
    }

    @Test func aChangeAfterTheQuietPeriodIsANewBatch() async throws {
        let (changes, input) = AsyncStream.makeStream(of: String.self)
        let batches = Batches()
        let running = Task { await ChangeDebouncer(quiet: .milliseconds(20)).run(changes) { batches.append($0) } }
        input.yield("content/a.md")
        input.yield("content/a.md")
        try await waitUntil { batches.all.count == 1 }
        input.yield("themes/default/templates/base.mustache")
        input.finish()
        await running.value
        #expect(batches.all == [["content/a.md"], ["themes/default/templates/base.mustache"]])
    }

    @Test func aBurstSpreadOverTimeIsStillOneBatch() async throws {
        let (changes, input) = AsyncStream.makeStream(of: String.self)
        let batches = Batches()
        let running = Task { await ChangeDebouncer(quiet: .milliseconds(100)).run(changes) { batches.append($0) } }
        // Each change comes well within the quiet period of the one before.
        for index in 0..<6 {
            input.yield("content/\(index).md")
            try await Task.sleep(for: .milliseconds(20))
        }
        input.finish()
        await running.value
        #expect(batches.all == [(0..<6).map { "content/\($0).md" }])
    }

    @Test func changesWithoutPauseStillRebuildAfterTheLimit() async throws {
        let (changes, input) = AsyncStream.makeStream(of: String.self)
        let batches = Batches()
        let running = Task {
            await ChangeDebouncer(quiet: .milliseconds(50), limit: .milliseconds(100)).run(changes) { batches.append($0) }
        }
        for _ in 0..<40 {
            input.yield("content/log.md")
            try await Task.sleep(for: .milliseconds(10))
        }
        input.finish()
        await running.value
        #expect(batches.all.count >= 2)
        #expect(batches.all.allSatisfy { $0 == ["content/log.md"] })
    }

    @Test func nothingHappensWithoutChanges() async {
        let (changes, input) = AsyncStream.makeStream(of: String.self)
        input.finish()
        let batches = Batches()
        await ChangeDebouncer(quiet: .milliseconds(20)).run(changes) { batches.append($0) }
        #expect(batches.all.isEmpty)
    }

    @Test func theBatchIsDatedByItsFirstChangeAndWaitsOutTheQuietPeriod() async throws {
        let (changes, input) = AsyncStream.makeStream(of: String.self)
        let before = ContinuousClock.now
        input.yield("content/a.md")
        input.finish()
        let waited = Waited()
        await ChangeDebouncer(quiet: .milliseconds(30)).run(changes) { waited.set(firstSeen: $0.firstSeen, actedAt: .now) }
        let (seen, acted) = try #require(waited.value)
        #expect(seen >= before)
        #expect(acted - seen >= .milliseconds(30))
    }

    final class Waited: Sendable {
        private let instants = Mutex<(ContinuousClock.Instant, ContinuousClock.Instant)?>(nil)
        func set(firstSeen: ContinuousClock.Instant, actedAt: ContinuousClock.Instant) {
            instants.withLock { $0 = (firstSeen, actedAt) }
        }
        var value: (ContinuousClock.Instant, ContinuousClock.Instant)? { instants.withLock { $0 } }
    }
}

/// Polls `condition` every 10 ms for at most `seconds`, so no test can hang.
func waitUntil(seconds: Double = 10, _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("gave up waiting after \(seconds) s")
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}
