import Foundation
import Testing
@testable import BantinServe

/// The same edits for every kind of watcher: what a writer does to a site while previewing it.
enum WatcherScenario {
    static func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("site.yaml", "title: Bản tin\n")
        try folder.write("content/articles/2024/a.md", "---\ntitle: A\n---\n")
        try folder.write("themes/default/theme.yaml", "name: default\n")
        return folder
    }

    static func run(_ folder: TemporaryFolder, _ watcher: any SiteWatcher) async throws {
        let changes = ChangeCollector(watcher)

        try folder.write("content/articles/2024/a.md", "---\ntitle: A, sửa\n---\n")
        try await waitUntil { changes.seen.contains("content/articles/2024/a.md") }

        // A folder made while watching, with a file written at once: seen although the watch on
        // the new folder may come after the file.
        try folder.write("content/articles/2026/b.md", "---\ntitle: B\n---\n")
        try await waitUntil { changes.seen.contains("content/articles/2026/b.md") }
        changes.reset()
        // ...and watched from then on.
        try folder.write("content/articles/2026/b.md", "---\ntitle: B, sửa\n---\n")
        try await waitUntil { changes.seen.contains("content/articles/2026/b.md") }

        // Hidden files and folders the site is not made of are left out.
        changes.reset()
        try folder.write("content/articles/.a.md.swp", "x")
        try folder.write("public/index.html", "<p>")
        try folder.write("site.yaml", "title: Bản tin mới\n")
        try await waitUntil { changes.seen.contains("site.yaml") }
        #expect(!changes.seen.contains { $0.contains(".swp") || $0.hasPrefix("public") })

        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("themes/default/theme.yaml"))
        try await waitUntil { changes.seen.contains("themes/default/theme.yaml") }

        watcher.stop()
        watcher.stop()
        try await waitUntil { changes.hasEnded }
    }
}
