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
}
