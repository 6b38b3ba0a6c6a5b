import Foundation
import Testing
@testable import BantinCore

@Suite("Article warnings")
struct ArticleWarningsTests {
    /// The base site with one article whose body (from line 7) is `body`.
    static func report(body: String, options: BuildOptions = BuildOptions()) -> (BuildResult, String) {
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)]), options: options)
        return (result, TestSite.report(result))
    }

    @Test func aFigureTheTextStatesOtherwiseIsWarnedAtTheFactNamingTheTextsNumberAndLine() {
        let (result, report) = Self.report(body: """
            Kết quả, đã tổ chức được 6.003 buổi tuyên truyền có 367.486 lượt người tham dự.

            ```facts
            values:
              propaganda_sessions: "6.030"
              propaganda_attendees: "367.486"
            ```

            """)
        #expect(report == """
            content/articles/2023/lam-ha.md:11:3: warning: 'propaganda_sessions' is 6.030 here, but the text says 6.003 on line 7 [figure-differs-from-text]
               11 |   propaganda_sessions: "6.030"
                  |   ^~~~~~~~~~~~~~~~~~~
            content/articles/2023/lam-ha.md:7:26: note: the text says 6.003 here
                7 | Kết quả, đã tổ chức được 6.003 buổi tuyên truyền có 367.486 lượt người tham dự.
                  |                          ^~~~~
               hint: correct the figure that was copied wrongly, in the text or in the fact block

            """)
        // A warning does not stop the build.
        #expect(result.succeeded)
        #expect(result.warningCount == 1)
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: result) != nil)
    }

    @Test func theTextsNumberIsFoundBeforeTheUnitAfterAScaleWord() {
        let (_, report) = Self.report(body: """
            Trao tặng quà trị giá 74,2 tỷ đồng.

            ```facts
            values:
              gift_value: {value: "47,2", scale: billion}
            ```

            """)
        #expect(report.hasPrefix("content/articles/2023/lam-ha.md:11:3: warning: 'gift_value' is 47,2 tỷ here, but the text says 74,2 on line 7 [figure-differs-from-text]\n"))
    }

    @Test func aBlockWithoutItsOwnParagraphIsCheckedAgainstTheParagraphBeforeTheBlockAboveIt() {
        let (_, report) = Self.report(body: """
            Tổ chức 146 buổi tuyên truyền và nhận được 241 tin có giá trị.

            ```facts
            values:
              propaganda_sessions: 146
            ```

            ```facts
            values:
              valuable_tips: 214
            ```

            """)
        #expect(report.hasPrefix("content/articles/2023/lam-ha.md:16:3: warning: 'valuable_tips' is 214 here, but the text says 241 on line 7 [figure-differs-from-text]\n"))
    }

    @Test func noWarningWhenTheTextDoesNotMentionTheFigureOrAgreesWithIt() {
        let agreeing = Self.report(body: """
            Đã tổ chức được 6.003 buổi có trên 2.000 tin có giá trị, làm rõ 1.010/1.173 vụ (đạt 86,1%).

            ```facts
            values:
              propaganda_sessions: 6003
              valuable_tips: {value: 2000, approx: over}
              cases_solved: {value: 1010, of: 1173, percent: 86.1}
            ```

            """)
        #expect(agreeing.1 == "")
        let silent = Self.report(body: """
            Kết quả phong trào năm 2023 được đánh giá cao.

            ```facts
            values:
              propaganda_sessions: 6030
            ```

            """)
        #expect(silent.1 == "")
    }

    @Test func aNumberAnotherFigureOfTheBlockAccountsForIsNotTakenForThisOne() {
        // 120 buổi is the other figure's; without it, 126 would be compared with 120, its nearest.
        let (_, report) = Self.report(body: """
            Tổ chức 6.003 buổi tuyên truyền, trong đó 120 buổi tại điểm ngày hội.

            ```facts
            values:
              propaganda_sessions: 126
              festival_sites: 120
            ```

            """)
        #expect(report.hasPrefix("content/articles/2023/lam-ha.md:11:3: warning: 'propaganda_sessions' is 126 here, but the text says 6.003 on line 7 [figure-differs-from-text]\n"))
    }

    @Test func anArticleDatedInTheFutureIsWarnedAboutAndLeftOutUntilItsDay() throws {
        let files = TestSite.files(with: [:])
        // One second before midnight of 26/05/2023 in Vietnam.
        let before = try #require(ArticleDate.parse("2023-05-26").success).epochSeconds - 1
        let held = TestSite.build(files, options: BuildOptions(now: before))
        #expect(TestSite.report(held) == """
            content/articles/2023/lam-ha.md:3:7: warning: the article is dated 26/05/2023, in the future [future-date]
                3 | date: 2023-05-26
                  |       ^~~~~~~~~~
               hint: it is left out of the site until that day; correct the date, or build with --future to publish it now

            """)
        #expect(held.succeeded)
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: held) == nil)

        let published = TestSite.build(files, options: BuildOptions(now: before, future: true))
        #expect(published.diagnostics.isEmpty)
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: published) != nil)

        let onTheDay = TestSite.build(files, options: BuildOptions(now: before + 1))
        #expect(onTheDay.diagnostics.isEmpty)
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: onTheDay) != nil)
    }

    @Test func anArticleHeldBackIsPublishedByTheFirstBuildAfterItsDayEvenWithNothingChanged() throws {
        let files = TestSite.files(with: [:])
        let day = try #require(ArticleDate.parse("2023-05-26").success).epochSeconds
        let source = MemorySiteSource(files)
        let first = SiteBuilder(source: source, options: BuildOptions(now: day - 10)).build()
        let cache = try #require(first.cache)
        let again = SiteBuilder(source: source, options: BuildOptions(now: day - 5)).build(previous: cache)
        #expect(again.mode == .partial(articles: []))
        let due = SiteBuilder(source: source, options: BuildOptions(now: day)).build(previous: cache)
        #expect(due.mode == .full)
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: due) != nil)
    }

    @Test func rawHTMLIsWarnedAboutOnceALineWhereItStarts() {
        let (result, report) = Self.report(body: """
            <div class="hop">
            Trích dẫn
            </div>

            Đoạn có <b>chữ đậm</b> và <!-- ghi chú --> ở giữa.

            """)
        #expect(report == """
            content/articles/2023/lam-ha.md:7:1: warning: the HTML '<div class="hop">' is dropped from the page [dropped-html]
                7 | <div class="hop">
                  | ^~~~~~~~~~~~~~~~~
               hint: articles are Markdown only: write *italics*, **bold** or [a link](address), or remove the HTML
            content/articles/2023/lam-ha.md:11:9: warning: the HTML '<b>' is dropped from the page [dropped-html]
               11 | Đoạn có <b>chữ đậm</b> và <!-- ghi chú --> ở giữa.
                  |         ^~~
               hint: articles are Markdown only: write *italics*, **bold** or [a link](address), or remove the HTML

            """)
        #expect(result.warningCount == 2)
    }

    @Test func aLineThatLooksLikeAPipeTableIsWarnedAboutOncePerTable() {
        let (_, report) = Self.report(body: """
            Kết quả:

            | Chỉ tiêu | Số |
            |---|---|
            | Buổi tuyên truyền | 6.003 |

            Chỉ tiêu | Số
            :--- | ---:

            ```
            | trong khối mã | không sao |
            ```

            """)
        #expect(report == """
            content/articles/2023/lam-ha.md:9:1: warning: this line looks like a Markdown table, which the page shows as plain text [markdown-table]
                9 | | Chỉ tiêu | Số |
                  | ^~~~~~~~~~~~~~~~~
               hint: write a table as comma-separated values in a ```table block: the header on the first line, then one line a row
            content/articles/2023/lam-ha.md:14:1: warning: this line looks like a Markdown table, which the page shows as plain text [markdown-table]
               14 | :--- | ---:
                  | ^~~~~~~~~~~
               hint: write a table as comma-separated values in a ```table block: the header on the first line, then one line a row

            """)
    }

    @Test func theExampleSiteHasNoWarningToday() {
        let result = SiteBuilder(source: MemorySiteSource(files: ExampleSite.files),
                                 options: BuildOptions(now: Int(Date().timeIntervalSince1970))).build()
        #expect(TestSite.report(result) == "")
    }
}

extension Result {
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
