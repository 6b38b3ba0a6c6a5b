import BantinCore
import BantinDisk
import Foundation
import Testing

@Suite("DiskSiteSource")
struct DiskSiteSourceTests {
    /// A site folder with files a build must not read beside the ones it must.
    private func site() throws -> TemporaryFolder {
        let temp = try TemporaryFolder()
        try temp.write("site.yaml", "title: Bản tin\n")
        try temp.write("content/localities.yaml", "- {name: Lâm Đồng, kind: tỉnh}\n")
        try temp.write("content/articles/2023/a.md", "bài a")
        try temp.write("themes/default/theme.yaml", "name: default\n")
        try temp.write("templates/footer.mustache", "<footer/>")
        // Not part of a site.
        try temp.write("README.md", "đọc tôi")
        try temp.write("public/index.html", "đầu ra")
        try temp.write(".build/debug/x", "bản dựng")
        try temp.write("Sources/x.swift", "mã")
        // Hidden.
        try temp.write("content/.DS_Store", "ẩn")
        try temp.write("content/articles/.nhap.md", "ẩn")
        try temp.write("content/.git/HEAD", "ẩn")
        return temp
    }

    @Test func listsOnlyTheFoldersASiteIsMadeOfWithoutHiddenFiles() throws {
        let temp = try site()
        let source = DiskSiteSource(root: temp.url)
        #expect(source.paths(under: "") == [
            "content/articles/2023/a.md", "content/localities.yaml", "site.yaml",
            "templates/footer.mustache", "themes/default/theme.yaml",
        ])
        #expect(source.paths(under: "content/") == ["content/articles/2023/a.md", "content/localities.yaml"])
        #expect(source.paths(under: "content/articles/") == ["content/articles/2023/a.md"])
        #expect(source.paths(under: "khong-co/") == [])
    }

    /// Many files at once come back in the order asked, each as it reads alone, a missing or
    /// outside one as nil; so do their fingerprints.
    @Test func readsManyFilesAtOnceInOrder() throws {
        let temp = try site()
        for number in 0..<300 { try temp.write("content/articles/2024/\(number).md", "bài \(number)") }
        let source = DiskSiteSource(root: temp.url)
        let paths = (0..<300).map { "content/articles/2024/\($0).md" } + ["content/khong-co.md", "/etc/hostname", "../x"]
        let contents = source.contents(of: paths)
        #expect(contents.count == paths.count)
        #expect(contents.prefix(300).map { $0.map { String(decoding: $0, as: UTF8.self) } } == (0..<300).map { "bài \($0)" })
        #expect(contents.suffix(3).allSatisfy { $0 == nil })
        #expect(source.quickFingerprints(of: paths) == paths.map { source.quickFingerprint(of: $0) })
        #expect(source.quickFingerprints(of: paths).prefix(300).allSatisfy { $0 != nil })
    }

    @Test func readsFilesInsideTheSiteOnly() throws {
        let temp = try site()
        let source = DiskSiteSource(root: temp.url)
        #expect(source.contents(of: "content/articles/2023/a.md") == Data("bài a".utf8))
        #expect(source.contents(of: "content/khong-co.md") == nil)
        #expect(source.contents(of: "../x") == nil)
        #expect(source.contents(of: "content/../site.yaml") == nil)
        #expect(source.contents(of: temp.url.appendingPathComponent("site.yaml").path) == nil)
    }

    @Test func symbolicLinksLeadingOutsideTheSiteAreSkipped() throws {
        let temp = try site()
        let outside = try TemporaryFolder()
        try outside.write("secret.md", "bí mật")
        try outside.write("folder/x.jpg", "ảnh ngoài")
        let manager = FileManager.default
        try manager.createSymbolicLink(at: temp.url.appendingPathComponent("content/articles/ngoai.md"),
                                       withDestinationURL: outside.url.appendingPathComponent("secret.md"))
        try manager.createSymbolicLink(at: temp.url.appendingPathComponent("content/static"),
                                       withDestinationURL: outside.url.appendingPathComponent("folder"))
        try manager.createSymbolicLink(atPath: temp.url.appendingPathComponent("content/articles/2023/ban-sao.md").path,
                                       withDestinationPath: "a.md")
        let source = DiskSiteSource(root: temp.url)
        #expect(source.paths(under: "content/") == [
            "content/articles/2023/a.md", "content/articles/2023/ban-sao.md", "content/localities.yaml",
        ])
        #expect(source.contents(of: "content/articles/ngoai.md") == nil)
        #expect(source.contents(of: "content/static/x.jpg") == nil)
        #expect(source.contents(of: "content/articles/2023/ban-sao.md") == Data("bài a".utf8))
    }

    @Test func aSiteReadFromDiskBuildsLikeTheSameSiteInMemory() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/valid-site")
        let disk = SiteBuilder(source: DiskSiteSource(root: fixture)).build()
        #expect(disk.diagnostics.isEmpty)
        #expect(disk.files.contains { $0.path == "index.html" })
        var memory: [String: Data] = [:]
        let source = DiskSiteSource(root: fixture)
        for path in source.paths(under: "") { memory[path] = source.contents(of: path) }
        #expect(SiteBuilder(source: MemorySiteSource(files: memory)).build().files == disk.files)
    }
}
