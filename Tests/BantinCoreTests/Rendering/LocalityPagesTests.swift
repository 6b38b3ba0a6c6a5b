import Foundation
import Testing
@testable import BantinCore

@Suite("Locality pages")
struct LocalityPagesTests {
    /// An article about thị trấn Đinh Văn with figures, one about Long An, one about Lâm Hà.
    static let files = TestSite.files(with: [
        "content/articles/2023/dinh-van.md": TestSite.article(
            title: "Đinh Văn ra quân",
            date: "2024-03-02",
            locality: "lam-dong/lam-ha/dinh-van",
            body: """
            Thị trấn Đinh Văn tổ chức 12 buổi tuyên truyền.

            ```facts
            period: 2024
            values:
              propaganda_sessions: 12
              cases_solved: {value: 1010, of: 1173, percent: 86.1}
            ```

            """
        ),
        "content/articles/2023/long-an.md": TestSite.article(
            title: "Long An tổng kết",
            date: "2023-06-03",
            locality: "long-an",
            body: """
            Long An tổng kết 10 năm.

            ```facts
            period: 2013-2023
            values:
              festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: 1100}}
            ```

            """
        ),
    ])

    static let result = TestSite.build(files)

    @Test func theBuildSucceeds() {
        #expect(TestSite.report(Self.result) == "")
    }

    @Test func aPageForEveryUnitWithNewsOrFiguresInOrBelowIt() {
        let pages = Set(Self.result.files.map(\.path).filter { $0.hasPrefix("dia-phuong/") && $0.hasSuffix("/index.html") })
        #expect(pages == [
            "dia-phuong/index.html",
            "dia-phuong/lam-dong/index.html",
            "dia-phuong/lam-dong/lam-ha/index.html",
            "dia-phuong/lam-dong/lam-ha/dinh-van/index.html",
            "dia-phuong/long-an/index.html",
            // The units that Long An and Đinh Văn went into on 01/07/2025 get pages, which carry
            // their news as history; the new Lâm Đồng takes the path of the old one.
            "dia-phuong/tay-ninh/index.html",
            "dia-phuong/lam-dong/dinh-van-lam-ha/index.html",
        ])
    }

    @Test func theNewTayNinhSaysWhatItWasFormedFromAndCarriesLongAnsNews() throws {
        let page = try #require(TestSite.page("dia-phuong/tay-ninh/index.html", of: Self.result))
        #expect(page.contains(#"<h1>Tỉnh Tây Ninh</h1>"#))
        #expect(page.contains(##"<p class="notice" role="note">Thành lập ngày 01/07/2025 từ Tỉnh Tây Ninh, <a href="#truoc-long-an">Tỉnh Long An</a>.</p>"##))
        #expect(page.contains(#"<h2 id="history">Trước ngày 01/07/2025</h2>"#))
        #expect(page.contains(#"<h3 id="truoc-long-an-title"><a href="../long-an/index.html">Tỉnh Long An</a></h3>"#))
        #expect(page.contains(#"<a href="../../bai-viet/long-an-tong-ket/index.html">Long An tổng kết</a>"#))
        // Long An's figures are listed as its own, not added to Tây Ninh's.
        #expect(page.contains(#"<caption>"#))
        #expect(!page.contains(#"<h2 id="figures">"#))
    }

    @Test func aDistrictSaysWhereItsCommunesWent() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: Self.result))
        #expect(page.contains(#"<p class="notice" role="note">Từ ngày 01/07/2025, cấp huyện không còn; các xã, thị trấn của đơn vị này nay thuộc <a href="../index.html">Tỉnh Lâm Đồng</a>. Tin tức và số liệu dưới đây là của thời kỳ trước đó.</p>"#))
    }

    @Test func aPartialMergeIsShownAsPartialOnBothSides() throws {
        var files = Self.files
        files["content/articles/2024/ngoc-ha.md"] = TestSite.article(title: "Ngọc Hà ra quân", date: "2024-04-01", locality: "ha-noi/ba-dinh/ngoc-ha")
        let result = TestSite.build(files)
        let old = try #require(TestSite.page("dia-phuong/ha-noi/ba-dinh/ngoc-ha/index.html", of: result))
        #expect(old.contains(#"đã sáp nhập vào <a href="../index.html">Phường Ba Đình</a> (một phần), <a href="../../ngoc-ha/index.html">Phường Ngọc Hà</a> (một phần). Tin tức"#))
        // Phường Ba Đình has the path of quận Ba Đình: one page, the quận its first part of history.
        let new = try #require(TestSite.page("dia-phuong/ha-noi/ba-dinh/index.html", of: result))
        #expect(new.contains(##"Thành lập ngày 01/07/2025 từ <a href="#truoc-ha-noi-ba-dinh">Quận Ba Đình</a>, Phường Trúc Bạch, Phường Quán Thánh, <a href="#truoc-ha-noi-ba-dinh-ngoc-ha">Phường Ngọc Hà</a> (một phần), "##))
        #expect(new.contains(#"<h3 id="truoc-ha-noi-ba-dinh-ngoc-ha-title"><a href="ngoc-ha/index.html">Phường Ngọc Hà</a> <span class="muted">(một phần)</span></h3>"#))
    }

    @Test func theTitleHasTheKindAndTheBreadcrumbLeadsUpToTheProvince() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/dinh-van/index.html", of: Self.result))
        #expect(page.contains("<h1>Thị trấn Đinh Văn</h1>"))
        #expect(page.contains("""
            <li><a href="../../../../index.html">Trang chủ</a></li>
            <li><a href="../../../index.html">Địa phương</a></li>
            <li><a href="../../index.html">Tỉnh Lâm Đồng</a></li><li><a href="../index.html">Huyện Lâm Hà</a></li>
            </ol>
            """))
    }

    @Test func theChildrenAreListedWithTheirCounts() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: Self.result))
        #expect(page.contains(#"<li><a href="dinh-van/index.html">Thị trấn Đinh Văn</a> <span class="muted">(1 bài viết)</span></li>"#))
        #expect(!page.contains("Đạ Đờn"))
    }

    @Test func theFiguresTableShowsTheValueThePeriodAndTheSourceArticle() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/dinh-van/index.html", of: Self.result))
        // One article gives all of the table's figures: it is named once, under the table.
        #expect(page.contains(#"<tr><th scope="row">Buổi tuyên truyền</th><td class="number" data-label="Số liệu">12 buổi</td><td data-label="Giai đoạn">2024</td></tr>"#))
        #expect(page.contains(#"<td class="number" data-label="Số liệu">1.010/1.173 vụ (86,1%)</td>"#))
        #expect(page.contains(#"<p class="figures-sources">Nguồn: <span class="figures-source"><a href="../../../../bai-viet/dinh-van-ra-quan/index.html">Đinh Văn ra quân</a> ("#))
        #expect(!page.contains(#"<th scope="col">Nguồn</th>"#))
    }

    /// The new Lâm Đồng has the old one's path: its page lists the old one's news as the news
    /// of the place, so every earlier page of the list is still there.
    @Test func aProvinceListsTheArticlesOfItsUnitsNewestFirst() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/index.html", of: Self.result))
        let newer = try #require(page.range(of: "Đinh Văn ra quân"))
        let older = try #require(page.range(of: "Lâm Hà tổng kết phong trào"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(page.contains("2 bài viết"))
    }

    @Test func aMergedUnitSaysWhenAndLinksToItsSuccessor() throws {
        let page = try #require(TestSite.page("dia-phuong/long-an/index.html", of: Self.result))
        #expect(page.contains(#"<p class="notice" role="note">Từ ngày 01/07/2025, đơn vị hành chính này đã sáp nhập vào <a href="../tay-ninh/index.html">Tỉnh Tây Ninh</a>. Tin tức và số liệu dưới đây là của thời kỳ trước đó.</p>"#))
    }

    @Test func theProvinceIndexListsProvincesWithPages() throws {
        let page = try #require(TestSite.page("dia-phuong/index.html", of: Self.result))
        #expect(page.contains(#"<li><a href="lam-dong/index.html">Tỉnh Lâm Đồng</a> <span class="muted">(2 bài viết)</span></li>"#))
        #expect(page.contains(#"<li><a href="long-an/index.html">Tỉnh Long An</a> <span class="muted">(1 bài viết; đến 30/06/2025)</span></li>"#))
        #expect(!page.contains("Lai Châu"))
    }

    @Test func everyLocalityCanBeAskedFor() {
        var files = Self.files
        files["site.yaml"] = TestSite.siteYAML + "all_localities: true\n"
        let result = TestSite.build(files)
        #expect(TestSite.page("dia-phuong/lam-dong/duc-trong/tan-thanh/index.html", of: result) != nil)
        #expect(TestSite.page("dia-phuong/lai-chau/lai-chau/index.html", of: result) != nil)
    }

    @Test func articlesOfALocalityArePaginated() throws {
        var files = Self.files
        files["site.yaml"] = TestSite.siteYAML + "per_page: 1\n"
        let result = TestSite.build(files)
        let first = try #require(TestSite.page("dia-phuong/lam-dong/index.html", of: result))
        let second = try #require(TestSite.page("dia-phuong/lam-dong/trang/2/index.html", of: result))
        #expect(first.contains(#"<a rel="next" href="trang/2/index.html">"#))
        #expect(second.contains(#"<a rel="prev" href="../../index.html">"#))
        #expect(second.contains("Lâm Hà tổng kết phong trào"))
    }

    @Test func aLocalityFeedIsAtomWithItsArticles() throws {
        let feed = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/dinh-van/atom.xml", of: Self.result))
        let document = try XMLDocumentParser.parse(feed)
        #expect(document.root == "feed")
        #expect(feed.contains("<title>Thị trấn Đinh Văn – Bản tin thử nghiệm</title>"))
        #expect(feed.contains(#"<link rel="alternate" type="text/html" href="../../../../bai-viet/dinh-van-ra-quan/index.html"/>"#))
        #expect(feed.contains("<updated>2024-03-02T00:00:00+07:00</updated>"))
    }

    @Test func chartsOfRatiosAndBreakdownsAppearOnTheLocalityPage() throws {
        let page = try #require(TestSite.page("dia-phuong/long-an/index.html", of: Self.result))
        #expect(page.contains(#"<h3 class="chart-title">Điểm tổ chức Ngày hội – Tỉnh Long An (2013–2023)</h3>"#))
        #expect(page.contains("<svg"))
    }

    @Test func childrenAreComparedForAMetricAndPeriodTheyShare() throws {
        var files = Self.files
        files["content/articles/2024/nam-ban.md"] = TestSite.article(
            title: "Nam Ban ra quân", date: "2024-04-01", locality: "lam-dong/lam-ha/nam-ban",
            body: "Nam Ban.\n\n```facts\nperiod: 2024\nvalues:\n  propaganda_sessions: 30\n```\n"
        )
        let result = TestSite.build(files)
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: result))
        #expect(page.contains(#"<h3 class="chart-title">Buổi tuyên truyền (buổi) – Huyện Lâm Hà, 2024</h3>"#))
        #expect(page.contains("Thị trấn Nam Ban"))
    }

    /// 2025 has one unit (nothing to compare), 2024 two (Đinh Văn and Nam Ban), 2023 three: one chart, of 2024.
    @Test func childrenAreComparedForTheLatestPeriodTwoOfThemShareOnly() throws {
        var files = Self.files
        func article(_ commune: String, _ period: Int, _ value: Int) -> String {
            TestSite.article(title: "\(commune) \(period)", date: "\(period)-06-30", locality: "lam-dong/lam-ha/\(commune)",
                             body: "Năm \(period).\n\n```facts\nperiod: \(period)\nvalues:\n  propaganda_sessions: \(value)\n```\n")
        }
        files["content/articles/2024/nam-ban.md"] = article("nam-ban", 2024, 30)
        files["content/articles/2023/nam-ban.md"] = article("nam-ban", 2023, 20)
        files["content/articles/2023/dinh-van-2023.md"] = article("dinh-van", 2023, 9)
        files["content/articles/2023/da-don.md"] = article("da-don", 2023, 7)
        files["content/articles/2025/da-don.md"] = article("da-don", 2025, 8)
        let result = TestSite.build(files)
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: result))
        let titles = page.components(separatedBy: #"<h3 class="chart-title">"#).dropFirst().map { $0.components(separatedBy: "</h3>")[0] }
        #expect(titles.filter { $0.hasPrefix("Buổi tuyên truyền") } == ["Buổi tuyên truyền (buổi) – Huyện Lâm Hà, 2024"])
    }

    @Test func aMetricWithSeveralPeriodsIsDrawnOverTime() throws {
        var files = Self.files
        files["content/articles/2023/dinh-van-2023.md"] = TestSite.article(
            title: "Đinh Văn năm 2023", date: "2023-12-30", locality: "lam-dong/lam-ha/dinh-van",
            body: "Năm 2023.\n\n```facts\nperiod: 2023\nvalues:\n  propaganda_sessions: 9\n```\n"
        )
        let result = TestSite.build(files)
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/dinh-van/index.html", of: result))
        #expect(page.contains("Buổi tuyên truyền ở Thị trấn Đinh Văn tăng từ 9 (2023) lên 12 (2024)."))
    }
}
