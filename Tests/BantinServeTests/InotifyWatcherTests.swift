#if canImport(Glibc)
import Foundation
import Testing
@testable import BantinServe

@Suite("inotify watcher")
struct InotifyWatcherTests {
    @Test func editsNewFoldersAndRemovalsAreSeenAndStoppingEndsTheChanges() async throws {
        let folder = try WatcherScenario.site()
        let watcher = try #require(InotifyWatcher(root: folder.url))
        #expect(watcher.method == "inotify")
        try await WatcherScenario.run(folder, watcher)
    }

    @Test func aWatchedFolderThatIsReplacedWholeIsWatchedAgain() async throws {
        let folder = try WatcherScenario.site()
        let watcher = try #require(InotifyWatcher(root: folder.url))
        let changes = ChangeCollector(watcher)
        // As `git checkout` of another branch might: the whole folder goes, another comes.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content"))
        try folder.write("content/articles/2024/c.md", "---\ntitle: C\n---\n")
        try await waitUntil { changes.seen.contains("content/articles/2024/c.md") }
        changes.reset()
        try folder.write("content/articles/2024/c.md", "---\ntitle: C, sửa\n---\n")
        try await waitUntil { changes.seen.contains("content/articles/2024/c.md") }
        watcher.stop()
    }
}
#endif
