import Foundation
import Testing
@testable import BantinCore

@Suite("Corrections of an article")
struct ArticleParserCorrectionsTests {
    /// The default test article (dated 26/05/2023) with `corrections` as front matter lines 5 onwards.
    static func article(_ corrections: String) -> String {
        TestSite.article(extra: "corrections:\n" + corrections)
    }

    @Test func correctionsAreReadOldestFirstAndTheNewestIsTheDateOfChange() throws {
        let (article, diagnostics) = TestSite.parse(Self.article("""
              - {date: 2023-07-01, text: "Sửa số buổi tuyên truyền."}
              - {date: 2023-06-02, text: "Sửa tên xã."}

            """))
        #expect(diagnostics.isEmpty)
        let parsed = try #require(article)
        #expect(parsed.corrections.map(\.text) == ["Sửa tên xã.", "Sửa số buổi tuyên truyền."])
        #expect(parsed.corrections.map(\.date.vietnamese) == ["02/06/2023", "01/07/2023"])
        #expect(parsed.updated.vietnamese == "01/07/2023")
        #expect(parsed.date.vietnamese == "26/05/2023")
    }

    @Test func anArticleWithoutCorrectionsWasUpdatedWhenPublished() throws {
        let article = try #require(TestSite.parse(TestSite.article()).article)
        #expect(article.corrections.isEmpty)
        #expect(article.updated == article.date)
    }

    @Test func aCorrectionOnTheDayOfTheArticleIsAccepted() {
        #expect(TestSite.parseReport(Self.article("  - {date: 2023-05-26, text: Sửa lỗi chính tả.}\n")) == "")
    }

    @Test func aCorrectionBeforeTheArticleIsReportedAtItsDate() {
        #expect(TestSite.parseReport(Self.article("  - date: 2023-05-25\n    text: Sửa lỗi.\n")) == """
            content/articles/2023/lam-ha.md:6:11: error: the correction is dated 25/05/2023, before the article (26/05/2023) [correction-date]
                6 |   - date: 2023-05-25
                  |           ^~~~~~~~~~
               hint: a correction is made after the article is published; check its date and the article's

            """)
    }

    @Test func aCorrectionWithoutADateOrATextIsReportedAtItsEntry() {
        #expect(TestSite.parseReport(Self.article("  - text: Sửa lỗi.\n  - date: 2023-06-01\n")) == """
            content/articles/2023/lam-ha.md:6:5: error: the correction has no 'date' [correction-format]
                6 |   - text: Sửa lỗi.
                  |     ^
               hint: add 'date:' with the day the correction was made, such as 2024-01-15
            content/articles/2023/lam-ha.md:7:5: error: the correction has no 'text' [correction-format]
                7 |   - date: 2023-06-01
                  |     ^
               hint: add 'text:' saying what was wrong and what is right

            """)
    }

    @Test func aDateThatIsNotADayIsReported() {
        #expect(TestSite.parseReport(Self.article("  - {date: 06/2023, text: Sửa lỗi.}\n")) == """
            content/articles/2023/lam-ha.md:6:12: error: '06/2023' is not a date [bad-date]
                6 |   - {date: 06/2023, text: Sửa lỗi.}
                  |            ^~~~~~~
               hint: write the day of the correction year-month-day, such as 2024-01-15

            """)
    }

    @Test func anUnknownKeyOfACorrectionGetsTheNearestKnownOne() {
        #expect(TestSite.parseReport(Self.article("  - {date: 2023-06-01, txt: Sửa lỗi.}\n")) == """
            content/articles/2023/lam-ha.md:6:5: error: the correction has no 'text' [correction-format]
                6 |   - {date: 2023-06-01, txt: Sửa lỗi.}
                  |     ^
               hint: add 'text:' saying what was wrong and what is right
            content/articles/2023/lam-ha.md:6:24: error: unknown key 'txt' in a correction [unknown-key]
                6 |   - {date: 2023-06-01, txt: Sửa lỗi.}
                  |                        ^~~
               hint: did you mean 'text'?

            """)
    }

    @Test func correctionsThatAreNotAListAreReported() {
        #expect(TestSite.parseReport(TestSite.article(extra: "corrections: Sửa lỗi.\n")) == """
            content/articles/2023/lam-ha.md:5:14: error: 'corrections' must be a list [correction-format]
                5 | corrections: Sửa lỗi.
                  |              ^~~~~~~~
               hint: write each correction as an item: '- {date: 2024-01-15, text: "…"}'

            """)
    }

    /// 2023-07-01 00:00 in Vietnam is 2023-06-30 17:00 UTC: a build at that moment is on the day.
    static let firstOfJuly = 1_688_144_400

    @Test func aCorrectionInTheFutureStopsTheBuildUnlessFutureIsAsked() {
        let files = TestSite.files(with: [TestSite.articlePath: Self.article("  - {date: 2023-07-02, text: Sửa lỗi.}\n")])
        #expect(TestSite.report(files, options: BuildOptions(now: Self.firstOfJuly)) == """
            content/articles/2023/lam-ha.md:6:12: error: the correction is dated 02/07/2023, in the future [future-date]
                6 |   - {date: 2023-07-02, text: Sửa lỗi.}
                  |            ^~~~~~~~~~
               hint: write the day the correction was made; build with --future to publish it now

            """)
        #expect(TestSite.report(files, options: BuildOptions(now: Self.firstOfJuly, future: true)) == "")
        let today = TestSite.files(with: [TestSite.articlePath: Self.article("  - {date: 2023-07-01, text: Sửa lỗi.}\n")])
        #expect(TestSite.report(today, options: BuildOptions(now: Self.firstOfJuly)) == "")
    }

    static let corrected = TestSite.build(TestSite.files(with: [
        TestSite.articlePath: TestSite.article(
            extra: "corrections:\n  - {date: 2023-06-02, text: \"Sửa tên xã: Đạ Đờn, không phải Đạ Đơn.\"}\n"
                + "  - {date: 2023-07-01T09:30, text: Sửa số buổi <b>tuyên truyền</b>.}\n",
            body: "Thị trấn Đinh Văn tổ chức 12 buổi tuyên truyền.\n\n```facts\nvalues:\n  cases_solved: {value: 1010, of: 1173}\n```\n"),
    ]))

    @Test func theArticleShowsADatedNoticeAndItsDateOfChange() throws {
        #expect(TestSite.report(Self.corrected) == "")
        let page = try #require(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: Self.corrected))
        #expect(page.contains(#"<span>· Cập nhật: <time datetime="2023-07-01T09:30:00+07:00">01/07/2023</time></span>"#))
        #expect(page.contains("""
            <div class="notice corrections" role="note">
            <p><strong>Đính chính</strong></p>
            <ul>
            <li><time datetime="2023-06-02T00:00:00+07:00">02/06/2023</time>: Sửa tên xã: Đạ Đờn, không phải Đạ Đơn.</li>
            <li><time datetime="2023-07-01T09:30:00+07:00">01/07/2023</time>: Sửa số buổi &lt;b&gt;tuyên truyền&lt;/b&gt;.</li>
            </ul>
            </div>
            """))
        #expect(page.contains(#""dateModified":"2023-07-01T09:30:00+07:00""#))
        #expect(page.contains(#""datePublished":"2023-05-26T00:00:00+07:00""#))
    }

    @Test func anArticleWithoutCorrectionsHasNoNotice() throws {
        let result = TestSite.build(TestSite.files())
        let page = try #require(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: result))
        #expect(!page.contains("Đính chính"))
        #expect(!page.contains("Cập nhật"))
    }

    @Test func theFeedEntrySaysWhenTheArticleWasCorrected() throws {
        let feed = try #require(TestSite.page("atom.xml", of: Self.corrected))
        #expect(feed.contains("""
            <id>urn:bantin:bai-viet/lam-ha-tong-ket-phong-trao/</id>
            <updated>2023-07-01T09:30:00+07:00</updated>
            """))
        // The feed itself changed when its newest entry did.
        #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n<updated>2023-07-01T09:30:00+07:00</updated>"))
    }

    @Test func theChartsOfTheArticlesFiguresShowTheDateOfChange() throws {
        let page = try #require(TestSite.page("dia-phuong/lam-dong/lam-ha/index.html", of: Self.corrected))
        #expect(page.contains(#"<p class="chart-updated">Cập nhật: <time datetime="2023-07-01T09:30:00+07:00">01/07/2023</time></p>"#))
    }

    @Test func aCorrectionChangesWhatOtherPagesShowOfTheArticle() throws {
        let plain = try #require(TestSite.parse(TestSite.article()).article)
        let corrected = try #require(TestSite.parse(Self.article("  - {date: 2023-06-01, text: Sửa lỗi.}\n")).article)
        #expect(plain.metadataHash != corrected.metadataHash)
    }
}
