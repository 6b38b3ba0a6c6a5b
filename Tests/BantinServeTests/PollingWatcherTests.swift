import Foundation
import Testing
@testable import BantinServe

@Suite("Polling watcher")
struct PollingWatcherTests {
    @Test func editsNewFoldersAndRemovalsAreSeenAndStoppingEndsTheChanges() async throws {
        let folder = try WatcherScenario.site()
        let watcher = PollingWatcher(root: folder.url, interval: .milliseconds(20))
        #expect(watcher.method == "polling")
        try await WatcherScenario.run(folder, watcher)
    }
}
