import Foundation
import Testing
@testable import BantinCore

/// The URLs of the example bulletin, as built before the national gazetteer was built in
/// (`Tests/Fixtures/example-urls.txt`), must all still be there: a URL once published is
/// never taken away.
@Suite("Example URLs")
struct ExampleURLsTests {
    static let recorded: [String] = {
        let url = TestSite.fixtures.appendingPathComponent("example-urls.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }()

    @Test func everyEarlierURLIsStillBuilt() {
        #expect(Self.recorded.count == 136)
        let built = Set(ExampleSite.result.files.map(\.path))
        #expect(Self.recorded.filter { !built.contains($0) } == [])
    }

    /// The only new pages are those of the communes that Lâm Hà's communes with news went into.
    @Test func theOnlyNewURLsAreTheSuccessorsOfUnitsWithNews() {
        let recorded = Set(Self.recorded)
        // The search index's shards are data the search page loads, not addresses a reader
        // keeps: how many there are follows the text of the articles.
        // Each chart's page for embedding and its CSV (under nhung/) came with the charts' anchors.
        let added = ExampleSite.result.files.map(\.path).filter {
            !recorded.contains($0) && !$0.hasPrefix("tim-kiem/") && !$0.hasPrefix(OutputPaths.embeds)
        }.sorted()
        // And the illustration of the Lâm Hà article, added to the example after.
        #expect(added == ["bai-viet/lam-ha-tong-ket-10-nam-phong-trao/doi-che-lam-ha.jpg"] + ["dinh-van-lam-ha", "nam-ban-lam-ha", "phu-son-lam-ha", "phuc-tho-lam-ha", "tan-ha-lam-ha"].flatMap {
            ["dia-phuong/lam-dong/\($0)/atom.xml", "dia-phuong/lam-dong/\($0)/index.html"]
        })
    }
}
