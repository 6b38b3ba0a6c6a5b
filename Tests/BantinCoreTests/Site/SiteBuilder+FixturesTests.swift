import Foundation
import Testing
@testable import BantinCore

/// Whole sites kept in `Tests/Fixtures/`: each invalid one holds the exact diagnostics beside it in `expected.txt`.
@Suite("SiteBuilder fixtures")
struct SiteBuilderFixturesTests {
    static let invalidCases: [String] = {
        let folder = TestSite.fixtures.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func theValidSiteBuilds() throws {
        let result = SiteBuilder(source: TestSite.fixture("valid-site")).build()
        #expect(TestSite.report(result) == "")
        let paths = result.files.map(\.path)
        #expect(paths.filter { $0.hasPrefix("bai-viet/") } == [
            "bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/index.html",
            "bai-viet/lam-ha-tong-ket-10-nam/index.html",
            "bai-viet/thanh-pho-lai-chau-ra-mat-mo-hinh-moi/index.html",
        ])
        let page = try #require(TestSite.page("bai-viet/lam-ha-tong-ket-10-nam/index.html", of: result))
        #expect(page.contains("<p>Xem thêm <a href=\"../lam-ha-phat-huy-phong-trao-nam-2024/index.html\">kết quả năm 2024</a>.</p>"))
        #expect(page.contains("<dd><span class=\"fact-value\">367.486 lượt người</span>"))
    }

    @Test func thereAreInvalidCases() {
        #expect(Self.invalidCases.count >= 6)
    }

    @Test("an invalid site gives exactly its expected diagnostics", arguments: invalidCases)
    func invalidSite(name: String) throws {
        let folder = TestSite.fixtures.appendingPathComponent("invalid/\(name)")
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)
        let result = SiteBuilder(source: TestSite.fixture("invalid/\(name)")).build()
        #expect(result.files.isEmpty)
        #expect(TestSite.report(result) == expected)
    }
}
