import Foundation
import Testing

@Suite("bantin SITE")
struct SiteOptionsTests {
    @Test("a SITE that is not a folder is misuse", arguments: ["build", "check"])
    func notAFolder(command: String) throws {
        let site = try TemporarySite()
        let file = site.url.appendingPathComponent("site.yaml")
        try Data("title: x\n".utf8).write(to: file)
        let output = try BantinProcess.run([command, file.path])
        #expect(output.status == 64)
        #expect(output.stderr.hasPrefix("Error: '\(file.path)' is not a folder\n"))
        let missing = try BantinProcess.run([command, site.url.appendingPathComponent("khong-co").path])
        #expect(missing.status == 64)
        #expect(site.listing() == ["site.yaml"])
    }

    @Test func theSiteDefaultsToTheWorkingFolder() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["check"], in: site.url)
        #expect(output.status == 0)
        #expect(output.stderr == "no problems found\n")
    }
}
