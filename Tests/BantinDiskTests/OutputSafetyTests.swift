import BantinCore
import Foundation
import Testing
@testable import BantinDisk

/// An output is replaced whole, so only a folder Bantin made, an empty one or a new one may be one.
@Suite("OutputSafety")
struct OutputSafetyTests {
    /// A site folder at temp/site with its sources, and a folder of someone else's files beside it.
    private func site() throws -> TemporaryFolder {
        let temp = try TemporaryFolder()
        try temp.write("site/site.yaml", "title: Bản tin\n")
        try temp.write("site/content/articles/a.md", "bài")
        try temp.write("site/content/static/anh.jpg", "ảnh")
        try temp.write("site/themes/default/base.mustache", "{{content}}")
        try temp.write("site/static/x.css", "body {}")
        try temp.write("site/templates/page.mustache", "{{content}}")
        try temp.write("myfiles/thesis.txt", "luận văn")
        try temp.write("notes.txt", "ghi chú")
        return temp
    }

    private func refusal(_ argument: String, in temp: TemporaryFolder) -> String? {
        do {
            _ = try OutputSafety(site: temp.url.appendingPathComponent("site")).place(for: argument)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("site", "it is the site folder"),
        ("site/.", "it is the site folder"),
        ("site/content/..", "it is the site folder"),
        ("", "it holds the site folder"),
        ("site/content", "it is the site's content/ folder"),
        ("site/content/static/public", "it lies inside the site's content/ folder"),
        ("site/themes/default", "it lies inside the site's themes/ folder"),
        ("site/static", "it is the site's static/ folder"),
        ("site/templates/out", "it lies inside the site's templates/ folder"),
        ("myfiles", "it holds files that Bantin did not write (it has no .bantin-output)"),
        ("notes.txt", "it is a file, not a folder"),
        ("site/site.yaml", "it is a file, not a folder"),
        ("notes.txt/public", "TEMP/notes.txt is a file, not a folder"),
    ])
    func aFolderThatIsNotOneBantinMadeIsRefused(_ relative: String, _ reason: String) throws {
        let temp = try site()
        let before = temp.contents("")
        let path = relative.isEmpty ? temp.url.path : temp.url.path + "/" + relative
        #expect(refusal(path, in: temp)
            == "will not build into \(path): \(reason.replacingOccurrences(of: "TEMP", with: temp.url.path)); choose an empty or new folder for --output (nothing was changed)")
        #expect(temp.contents("") == before)
    }

    @Test func anEmptyNameAndTheRootAreRefused() throws {
        let temp = try site()
        #expect(refusal("", in: temp) == "will not build into '': an empty name stands for the current folder; choose an empty or new folder for --output (nothing was changed)")
        #expect(refusal("/", in: temp) == "will not build into /: it is the root of the file system; choose an empty or new folder for --output (nothing was changed)")
    }

    /// A link is judged by the folder it leads to; a link to nothing is refused.
    @Test func aLinkIsFollowedToItsFolder() throws {
        let temp = try site()
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: temp.url.path + "/to-content", withDestinationPath: "site/content")
        try manager.createSymbolicLink(atPath: temp.url.path + "/nowhere", withDestinationPath: "khong-co")
        try manager.createDirectory(atPath: temp.url.path + "/www/site", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: temp.url.path + "/site/public", withDestinationPath: temp.url.path + "/www/site")
        #expect(refusal(temp.url.path + "/to-content", in: temp)
            == "will not build into \(temp.url.path)/to-content: it is the site's content/ folder; choose an empty or new folder for --output (nothing was changed)")
        #expect(refusal(temp.url.path + "/nowhere", in: temp)
            == "will not build into \(temp.url.path)/nowhere: it is a symbolic link to nothing; choose an empty or new folder for --output (nothing was changed)")
        let place = try OutputSafety(site: temp.url.appendingPathComponent("site")).place(for: nil)
        #expect(place == OutputPlace(url: URL(fileURLWithPath: temp.url.path + "/www/site", isDirectory: true), isMountPoint: false))
    }

    @Test func aNewAnEmptyOrAMarkedFolderIsAccepted() throws {
        let temp = try site()
        let safety = OutputSafety(site: temp.url.appendingPathComponent("site"))
        #expect(try safety.place(for: nil).url.path == temp.url.path + "/site/public")
        #expect(try safety.place(for: temp.url.path + "/a/b/c").url.path == temp.url.path + "/a/b/c")
        try FileManager.default.createDirectory(atPath: temp.url.path + "/empty", withIntermediateDirectories: true)
        #expect(try safety.place(for: temp.url.path + "/empty").url.path == temp.url.path + "/empty")
        // A mount point's first build holds its lock inside it: still empty.
        try temp.write("volume/.bantin-build-lock", "")
        #expect(try safety.place(for: temp.url.path + "/volume").url.path == temp.url.path + "/volume")
        try temp.write("made/.bantin-output", OutputMarker.text)
        try temp.write("made/index.html", "trang")
        #expect(try safety.place(for: temp.url.path + "/made") == OutputPlace(url: temp.url.appendingPathComponent("made", isDirectory: true), isMountPoint: false))
    }

    /// An output written before outputs were marked is known by the build cache, which names it.
    @Test func anOutputTheBuildCacheNamesIsAccepted() throws {
        let temp = try site()
        try temp.write("site/public/index.html", "trang")
        let site = temp.url.appendingPathComponent("site")
        let output = site.appendingPathComponent("public")
        #expect(refusal(output.path, in: temp) != nil)
        BuildCacheStore(site: site).save(BuildCache(format: BuildCache.format, globals: "", articles: [:], localitiesWithPages: [],
                                                    outputs: ["index.html"], output: nil), for: output)
        #expect(try OutputSafety(site: site).place(for: output.path).url == output)
    }

    @Test func theRootIsAMountPointAndATemporaryFolderIsNot() throws {
        let temp = try TemporaryFolder()
        #expect(OutputSafety.isMountPoint("/"))
        #expect(!OutputSafety.isMountPoint(temp.url.path))
        #expect(OutputSafety.isMountPoint("/proc"))
    }
}
