import Foundation
import Testing
@testable import BantinCore

@Suite("Statistics pages")
struct StatisticsPagesTests {
    /// Two provinces and a district give the same metric for the same year.
    static let result = TestSite.build(TestSite.files(with: [
        "content/articles/2024/lam-dong.md": TestSite.article(
            title: "Lâm Đồng", date: "2024-12", locality: "lam-dong",
            body: "Lâm Đồng.\n\n```facts\nperiod: 2024\nvalues:\n  propaganda_sessions: 100\n```\n"),
        "content/articles/2024/long-an.md": TestSite.article(
            title: "Long An", date: "2024-11-02", locality: "long-an",
            body: "Long An.\n\n```facts\nperiod: 2024\nvalues:\n  propaganda_sessions: {value: 80, approx: over}\n```\n"),
        "content/articles/2024/lam-ha.md": TestSite.article(
            title: "Lâm Hà", date: "2024-10-02", locality: "lam-dong/lam-ha",
            body: "Lâm Hà.\n\n```facts\nperiod: 2024\nvalues:\n  propaganda_sessions: 500\n```\n"),
    ]))

    static var page: String {
        get throws { try #require(TestSite.page("thong-ke/propaganda-sessions/index.html", of: result)) }
    }

    @Test func eachLevelIsRankedApartAndThePageSaysSo() throws {
        #expect(TestSite.report(Self.result) == "")
        let page = try Self.page
        #expect(page.contains("<p class=\"meta\">Mỗi cấp được xếp hạng riêng, không so tỉnh với huyện hay huyện với xã.</p>"))
        let province = try #require(page.range(of: "<caption>Cấp tỉnh, 2024</caption>"))
        let district = try #require(page.range(of: "<caption>Cấp huyện, 2024</caption>"))
        #expect(province.lowerBound < district.lowerBound)
        // The district's 500 is not ranked first among provinces' 100 and "trên 80".
        let provinceTable = page[province.upperBound..<district.lowerBound]
        #expect(provinceTable.contains(#"<tr><td class="number">1</td><th scope="row"><a href="../../dia-phuong/lam-dong/index.html">Tỉnh Lâm Đồng</a></th><td class="number">100 buổi</td></tr>"#))
        #expect(provinceTable.contains(#"<td class="number">trên 80 buổi</td>"#))
        #expect(!provinceTable.contains("Huyện Lâm Hà"))
    }

    @Test func onlyALevelWithTwoUnitsHasAComparisonAndItKeepsTheHedge() throws {
        let page = try Self.page
        #expect(page.components(separatedBy: "<figure class=\"chart chart-comparison\" id=").count == 2)
        #expect(page.contains("cấp tỉnh</title>"))
        #expect(page.contains("<td>trên 80</td>"))
        #expect(page.contains(">trên 80</text>"))
    }

    @Test func aMonthOnlyDateIsListedAsAMonth() throws {
        let home = try #require(TestSite.page("index.html", of: Self.result))
        #expect(home.contains(#"<time datetime="2024-12">12/2024</time>"#))
        let article = try #require(TestSite.page("bai-viet/lam-dong/index.html", of: Self.result))
        #expect(article.contains(#"<span>Đăng tháng <time datetime="2024-12">12/2024</time></span>"#))
        let feed = try #require(TestSite.page("atom.xml", of: Self.result))
        #expect(feed.contains("<updated>2024-12-01T00:00:00+07:00</updated>"))
    }
}
