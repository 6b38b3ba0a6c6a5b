import Foundation
import Testing

@Suite("bantin cms")
struct CMSTests {
    @Test func theConfigurationIsWrittenAndCheckFailsOnceItIsStale() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["cms", site.url.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(site.listing("content/static/admin") == ["config.yml", "index.html"])
        #expect(site.snapshot("").keys.contains("frontmatter.json"))
        #expect(try BantinProcess.run(["check", site.url.path]).status == 0)

        // The newsroom sets its repository; a new run keeps it.
        let config = site.url.appendingPathComponent("content/static/admin/config.yml")
        let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "repo: ten-to-chuc/ten-kho   # the repository of the site on GitHub: change it",
                                                                                          with: "repo: cong-an/ban-tin")
        try Data(text.utf8).write(to: config)
        #expect(try BantinProcess.run(["check", site.url.path]).status == 0)
        #expect(try BantinProcess.run(["cms", site.url.path]).status == 0)
        #expect(try String(contentsOf: config, encoding: .utf8) == text)

        // A thôn added below a commune makes the locality list stale.
        let gazetteer = site.url.appendingPathComponent("content/localities.yaml")
        let localities = try String(contentsOf: gazetteer, encoding: .utf8)
        let added = localities.replacingOccurrences(of: "- {name: Đạ Đờn, kind: xã}", with: "- {name: Đạ Đờn, kind: xã, children: [{name: Đạ Ty, kind: thôn}]}")
        #expect(added != localities)
        try Data(added.utf8).write(to: gazetteer)
        let check = try BantinProcess.run(["check", site.url.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: content/static/admin/config.yml is out of date with content/schema.yaml and content/localities.yaml [stale-cms-config]\n"))
        #expect(check.stderr.contains("error: frontmatter.json is out of date with content/schema.yaml and content/localities.yaml [stale-cms-config]\n"))
        #expect(check.stderr.hasSuffix("2 errors\n"))
    }
}
