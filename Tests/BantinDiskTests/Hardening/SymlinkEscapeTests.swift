import BantinCore
import BantinDisk
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Symbolic links in a site that lead out of it, and paths that try to: nothing outside the site is read.
///
/// Every file outside holds a marker; a build of the site must not show it in any page or
/// diagnostic, and the source must neither list nor read the links.
@Suite("Symbolic links that leave the site")
struct SymlinkEscapeTests {
    static let marker = "BÍ-MẬT-NGOÀI-SITE"

    /// A valid site with one article, and beside it a folder outside the site with secrets in it.
    private func sites() throws -> (site: TemporaryFolder, outside: TemporaryFolder) {
        let site = try TemporaryFolder()
        try site.write("site.yaml", "title: Bản tin\nlanguage: vi\ntheme: default\n")
        try site.write("content/localities.yaml", "- {name: Lâm Đồng, kind: tỉnh}\n")
        try site.write("content/schema.yaml", "metrics:\n  sessions: {label: Buổi, unit: buổi, kind: count}\n")
        try site.write("content/articles/2024/a.md", "---\ntitle: Bài A\ndate: 2024-05-01\nlocality: lam-dong\n---\n\nNội dung.\n")
        let outside = try TemporaryFolder()
        try outside.write("bai.md", "---\ntitle: \(Self.marker)\ndate: 2024-05-01\nlocality: lam-dong\n---\n\n\(Self.marker)\n")
        try outside.write("anh/x.jpg", Self.marker)
        try outside.write("site.yaml", "title: \(Self.marker)\n")
        return (site, outside)
    }

    private func link(_ path: String, in site: TemporaryFolder, to destination: String) throws {
        let url = site.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Builds the site from disk and checks that no page and no diagnostic holds the marker.
    private func expectNothingFromOutside(_ site: TemporaryFolder) {
        let source = DiskSiteSource(root: site.url)
        let result = SiteBuilder(source: source).build()
        #expect(result.succeeded, "\(result.diagnostics.map(\.message))")
        for file in result.files {
            #expect(!String(decoding: file.contents, as: UTF8.self).contains(Self.marker), "\(file.path)")
        }
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.message.contains(Self.marker))
        }
        for path in source.paths(under: "") {
            #expect(!String(decoding: source.contents(of: path) ?? Data(), as: UTF8.self).contains(Self.marker), "\(path)")
        }
    }

    @Test func linksToFilesOutsideAreNeitherListedNorRead() throws {
        let (site, outside) = try sites()
        try link("content/articles/2024/ngoai.md", in: site, to: outside.url.appendingPathComponent("bai.md").path)
        try link("content/articles/2024/leo.md", in: site, to: "../../../" + outside.url.lastPathComponent + "/bai.md")
        try link("content/static/passwd", in: site, to: "/etc/passwd")
        try link("content/static/x.jpg", in: site, to: outside.url.appendingPathComponent("anh/x.jpg").path)
        let source = DiskSiteSource(root: site.url)
        #expect(source.paths(under: "content/") == [
            "content/articles/2024/a.md", "content/localities.yaml", "content/schema.yaml",
        ])
        for path in ["content/articles/2024/ngoai.md", "content/articles/2024/leo.md", "content/static/passwd", "content/static/x.jpg"] {
            #expect(source.contents(of: path) == nil, "\(path)")
        }
        expectNothingFromOutside(site)
    }

    /// Folders of the site's top level too: `templates/` linked to a folder outside was walked and read.
    @Test func linksToFoldersOutsideAreNotWalked() throws {
        let (site, outside) = try sites()
        try link("content/static/anh", in: site, to: outside.url.appendingPathComponent("anh").path)
        try link("content/articles/ngoai", in: site, to: outside.url.path)
        try link("templates", in: site, to: outside.url.path)
        try link("themes", in: site, to: outside.url.path)
        let source = DiskSiteSource(root: site.url)
        #expect(source.paths(under: "").allSatisfy { !$0.contains("ngoai/") && !$0.hasPrefix("content/static/anh/") && !$0.hasPrefix("templates/") })
        #expect(source.contents(of: "content/static/anh/x.jpg") == nil)
        #expect(source.contents(of: "content/articles/ngoai/bai.md") == nil)
        expectNothingFromOutside(site)
    }

    /// A link inside the site that leads to a link that leads out is still a way out.
    @Test func aChainOfLinksThatEndsOutsideIsNotRead() throws {
        let (site, outside) = try sites()
        try link("content/static/buoc-2", in: site, to: outside.url.appendingPathComponent("bai.md").path)
        try link("content/articles/2024/buoc-1.md", in: site, to: "../../static/buoc-2")
        let source = DiskSiteSource(root: site.url)
        #expect(source.contents(of: "content/articles/2024/buoc-1.md") == nil)
        #expect(source.contents(of: "content/static/buoc-2") == nil)
        expectNothingFromOutside(site)
    }

    /// Links that point back up make a loop of folders: the walk ends, quickly.
    @Test(.timeLimit(.minutes(1)))
    func loopsOfLinkedFoldersEnd() throws {
        let (site, _) = try sites()
        try link("content/static/vong", in: site, to: ".")
        try link("content/static/len", in: site, to: "..")
        try link("content/articles/goc", in: site, to: "../..")
        try link("content/articles/tu-no", in: site, to: "tu-no")
        let source = DiskSiteSource(root: site.url)
        #expect(source.paths(under: "").count < 20)
        expectNothingFromOutside(site)
    }

    /// Listed as a file, then swapped for a link (or its folder for a linked folder) before it is
    /// read: what is read is what was listed, or nothing.
    @Test func aFileSwappedForALinkAfterTheListingIsNotRead() throws {
        let (site, outside) = try sites()
        try site.write("content/static/anh/x.jpg", "ảnh của site")
        try site.write("content/static/y.jpg", "ảnh của site")
        let source = DiskSiteSource(root: site.url)
        #expect(source.contents(of: "content/static/y.jpg") == Data("ảnh của site".utf8))
        let manager = FileManager.default
        try manager.removeItem(at: site.url.appendingPathComponent("content/static/y.jpg"))
        try link("content/static/y.jpg", in: site, to: outside.url.appendingPathComponent("anh/x.jpg").path)
        try manager.removeItem(at: site.url.appendingPathComponent("content/static/anh"))
        try link("content/static/anh", in: site, to: outside.url.appendingPathComponent("anh").path)
        #expect(source.paths(under: "content/static/") == ["content/static/anh/x.jpg", "content/static/y.jpg"])
        #expect(source.contents(of: "content/static/y.jpg") == nil)
        #expect(source.contents(of: "content/static/anh/x.jpg") == nil)
    }

    /// A pipe put in a file's place would block a reader for ever: it is not read.
    @Test(.timeLimit(.minutes(1)))
    func aPipeSwappedForAFileIsNotReadAndDoesNotHang() throws {
        let (site, _) = try sites()
        try site.write("content/static/z.txt", "chữ")
        let source = DiskSiteSource(root: site.url)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/static/z.txt"))
        #expect(mkfifo(site.url.appendingPathComponent("content/static/z.txt").path, 0o644) == 0)
        #expect(source.contents(of: "content/static/z.txt") == nil)
    }

    @Test(arguments: [
        "../x", "/etc/passwd", "content/../../x", "content/./articles/2024/a.md", "content//articles/2024/a.md",
        "content/articles/../../../etc/passwd", "", ".", "..",
    ])
    func aPathThatIsNotCleanIsNotRead(_ path: String) throws {
        let (site, _) = try sites()
        #expect(DiskSiteSource(root: site.url).contents(of: path) == nil)
    }

    /// A site whose folder is itself reached through a link builds as the folder it leads to.
    @Test func aSiteReachedThroughALinkStillReadsItsOwnFiles() throws {
        let (site, _) = try sites()
        let holder = try TemporaryFolder()
        let linked = holder.url.appendingPathComponent("site")
        try FileManager.default.createSymbolicLink(atPath: linked.path, withDestinationPath: site.url.path)
        let source = DiskSiteSource(root: linked)
        #expect(source.contents(of: "content/articles/2024/a.md") != nil)
        #expect(SiteBuilder(source: source).build().succeeded)
    }
}
