import Foundation
import Testing

@Suite("bantin new site")
struct NewSiteTests {
    @Test func aNewSiteIsWrittenAndBuildsAtOnce() throws {
        let site = try TemporarySite()
        let folder = site.url.appendingPathComponent("ban-tin")
        let output = try BantinProcess.run(["new", "site", folder.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(site.listing("ban-tin") == [
            "README.md", "content", "content/articles", "content/articles/2023", "content/articles/2023/lam-ha-tong-ket-10-nam.md",
            "content/schema.yaml", "site.yaml",
        ])
        let build = try BantinProcess.run(["build", folder.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("warning"))
        #expect(site.snapshot("ban-tin/public")["index.html"] != nil)
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let before = site.snapshot("")
        let output = try BantinProcess.run(["new", "site", site.url.path])
        #expect(output.status == 1)
        #expect(output.stderr == "error: '\(site.url.path)' is not empty; nothing was written\n   hint: give the name of a new folder, or of an empty one\n")
        #expect(site.snapshot("") == before)
    }
}
