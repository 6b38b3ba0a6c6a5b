import Foundation
import Testing
@testable import BantinServe

@Suite("File snapshots")
struct FileSnapshotTests {
    typealias Stamp = FileSnapshot.Stamp

    @Test func changesAreAddedRemovedOrRestampedPathsSorted() {
        let then = Date(timeIntervalSince1970: 1_700_000_000)
        let old = FileSnapshot(files: [
            "content/a.md": Stamp(modified: then, size: 10),
            "content/b.md": Stamp(modified: then, size: 10),
            "content/c.md": Stamp(modified: then, size: 10),
            "site.yaml": Stamp(modified: then, size: 5),
        ])
        let new = FileSnapshot(files: [
            "content/a.md": Stamp(modified: then, size: 10),
            "content/b.md": Stamp(modified: then, size: 11),
            "content/d.md": Stamp(modified: then, size: 10),
            "site.yaml": Stamp(modified: then.addingTimeInterval(0.001), size: 5),
        ])
        #expect(old.changes(to: new) == ["content/b.md", "content/c.md", "content/d.md", "site.yaml"])
        #expect(new.changes(to: new) == [])
    }

    @Test func onlyTheFilesASiteIsMadeOfAreStamped() throws {
        let folder = try TemporaryFolder()
        try folder.write("site.yaml", "title: x\n")
        try folder.write("content/articles/a.md", "a")
        try folder.write("content/.a.md.swp", "x")
        try folder.write("themes/t/theme.yaml", "name: t\n")
        try folder.write("public/index.html", "<p>")
        try folder.write("README.md", "x")
        let snapshot = FileSnapshot.take(root: folder.url)
        #expect(snapshot.files.keys.sorted() == ["content/articles/a.md", "site.yaml", "themes/t/theme.yaml"])
        #expect(snapshot.files["content/articles/a.md"]?.size == 1)
    }
}
