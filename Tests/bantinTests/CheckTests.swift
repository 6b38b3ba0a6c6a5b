import Foundation
import Testing

@Suite("bantin check")
struct CheckTests {
    @Test func aValidSiteIsCheckedAndNothingIsWritten() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let before = site.listing()
        let output = try BantinProcess.run(["check", site.url.path])
        #expect(output.status == 0)
        #expect(output.stderr == "no problems found\n")
        #expect(site.listing() == before)
    }

    @Test func anInvalidSiteIsReportedAndNothingIsWritten() throws {
        let site = try TemporarySite(fixture: "invalid/three-errors")
        let before = site.listing()
        let expected = try String(contentsOf: BantinProcess.fixtures.appendingPathComponent("invalid/three-errors/expected.txt"), encoding: .utf8)
        let output = try BantinProcess.run(["check", site.url.path])
        #expect(output.status == 1)
        #expect(output.stderr == expected + "3 errors\n")
        #expect(site.listing() == before)
    }

    @Test func warningsFailTheCheckOnlyWithStrict() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let article = site.url.appendingPathComponent("content/articles/2023/lam-ha-tong-ket.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data((text + "\nĐoạn có <b>chữ đậm</b>.\n").utf8).write(to: article)
        let lenient = try BantinProcess.run(["check", site.url.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasSuffix("no problems found (1 warning)\n"))
        let strict = try BantinProcess.run(["check", "--strict", site.url.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": warning: the HTML '<b>' is dropped from the page\n"))
        #expect(strict.stderr.hasSuffix("\n1 warning\n"))
    }
}
