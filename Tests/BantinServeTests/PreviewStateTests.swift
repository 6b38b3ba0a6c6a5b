import BantinCore
import Foundation
import Testing
@testable import BantinServe

@Suite("Preview state")
struct PreviewStateTests {
    static let build = BuildResult(files: [OutputFile(path: "index.html", text: "<body></body>")], diagnostics: [])

    @Test func aPageFromAnOlderBuildIsToldToReloadAtOnce() async {
        let state = PreviewState()
        state.update(with: Self.build)
        state.update(with: Self.build)
        var reloads = state.reloads(after: 1).makeAsyncIterator()
        #expect(await reloads.next() == 2)
    }

    @Test func aPageFromTheLatestBuildWaitsForTheNextOne() async {
        let state = PreviewState()
        state.update(with: Self.build)
        let stream = state.reloads(after: 1)
        #expect(state.subscriberCount == 1)
        state.update(with: Self.build)
        state.update(with: Self.build)
        var reloads = stream.makeAsyncIterator()
        // Only the newest matters to a page that will reload anyway.
        #expect(await reloads.next() == 3)
    }

    @Test func finishingEndsEveryStreamAndLaterOnesAtOnce() async {
        let state = PreviewState()
        state.update(with: Self.build)
        let open = state.reloads(after: 1)
        state.finishAll()
        #expect(state.subscriberCount == 0)
        var iterator = open.makeAsyncIterator()
        #expect(await iterator.next() == nil)
        var late = state.reloads(after: 0).makeAsyncIterator()
        #expect(await late.next() == nil)
    }

    @Test func aClosedPageStopsListening() async {
        let state = PreviewState()
        do {
            let stream = state.reloads(after: 0)
            _ = stream
            #expect(state.subscriberCount == 1)
        }
        #expect(state.subscriberCount == 0)
    }
}
