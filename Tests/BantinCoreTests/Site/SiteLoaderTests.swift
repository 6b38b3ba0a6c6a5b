import Testing
@testable import BantinCore

@Suite("SiteLoader")
struct SiteLoaderTests {
    @Test func theSameFigureWithTwoValuesNamesBothPlaces() {
        let files = TestSite.files(with: [
            TestSite.articlePath: nil,
            "content/articles/2023/a.md": TestSite.article(facts: "values:\n  propaganda_sessions: 6003\n", title: "Bài A"),
            "content/articles/2024/b.md": TestSite.article(facts: "values:\n  valuable_tips: 20\n  propaganda_sessions: \"6.000\"\n", title: "Bài B"),
        ])
        #expect(TestSite.report(files) == """
            content/articles/2024/b.md:12:3: error: 'propaganda_sessions' for lam-dong/lam-ha in 2023 is 6.000 here but 6.003 elsewhere [conflicting-figures]
               12 |   propaganda_sessions: "6.000"
                  |   ^~~~~~~~~~~~~~~~~~~
            content/articles/2023/a.md:11:3: note: the other value is given here
               11 |   propaganda_sessions: 6003
                  |   ^~~~~~~~~~~~~~~~~~~
               hint: a figure has one value; correct the wrong one, or give a different 'period' or 'locality'

            """)
    }

    @Test func theSameFigureWithTheSameValueTwiceIsFine() {
        let files = TestSite.files(with: [
            "content/articles/2024/b.md": TestSite.article(facts: "values:\n  propaganda_sessions: \"6.003\"\n", title: "Bài B"),
            TestSite.articlePath: TestSite.article(facts: "values:\n  propaganda_sessions: 6003\n"),
        ])
        #expect(TestSite.report(files) == "")
    }

    @Test func aDifferentPeriodOrLocalityIsAnotherFigure() {
        let files = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(facts: "values:\n  propaganda_sessions: 6003\n"),
            "content/articles/2024/b.md": TestSite.article(facts: "period: 2022\nvalues:\n  propaganda_sessions: 5000\n", title: "Bài B"),
            "content/articles/2024/c.md": TestSite.article(facts: "locality: da-don\nvalues:\n  propaganda_sessions: 40\n", title: "Bài C"),
        ])
        #expect(TestSite.report(files) == "")
    }

    @Test func aRatioWithAnotherTotalIsAnotherValue() {
        let files = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(facts: "values:\n  cases_solved: {value: 1010, of: 1173}\n"),
            "content/articles/2024/b.md": TestSite.article(facts: "values:\n  cases_solved: {value: 1010, of: 1200}\n", title: "Bài B"),
        ])
        let messages = TestSite.build(files).diagnostics.map(\.message)
        #expect(messages.count == 1)
        #expect(messages == ["'cases_solved' for lam-dong/lam-ha in 2023 is 1.010/1.200 here but 1.010/1.173 elsewhere"])
    }

    @Test func twoArticlesWithOneSlug() {
        let files = TestSite.files(with: ["content/articles/2024/b.md": TestSite.article(title: "Bài B", extra: "slug: lam-ha-tong-ket-phong-trao\n")])
        #expect(TestSite.report(files) == """
            content/articles/2024/b.md:5:7: error: two articles have the slug 'lam-ha-tong-ket-phong-trao' [duplicate-slug]
                5 | slug: lam-ha-tong-ket-phong-trao
                  |       ^~~~~~~~~~~~~~~~~~~~~~~~~~
            content/articles/2023/lam-ha.md:2:8: note: 'Lâm Hà tổng kết phong trào' has it too
                2 | title: Lâm Hà tổng kết phong trào
                  |        ^~~~~~~~~~~~~~~~~~~~~~~~~~
               hint: give one of them its own 'slug:' in the front matter

            """)
    }

    @Test func onlyMarkdownFilesUnderArticlesAreArticles() {
        let files = TestSite.files(with: [
            "content/articles/2023/ghi-chu.txt": "không phải bài",
            "content/NOTICE.md": "không phải bài",
        ])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(result.files.map(\.path).filter { $0.hasPrefix("bai-viet/") } == ["bai-viet/lam-ha-tong-ket-phong-trao/index.html"])
    }

    /// 4,1 tỷ and 4100000000 are one figure: 4.1 × 10^9 in binary is 4100000000.0000005, and the
    /// check, the card and the open data would disagree about it; shifted in decimal, they agree.
    @Test func aScaledFigureIsTheSameAsItsDigitsWrittenOut() throws {
        #expect(4.1 * 1e9 != 4_100_000_000)
        let files = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(facts: "values:\n  gift_value: {value: \"4,1\", scale: billion}\n"),
            "content/articles/2024/b.md": TestSite.article(facts: "values:\n  gift_value: 4100000000\n", title: "Bài B"),
        ])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        let csv = try #require(TestSite.page("du-lieu/facts.csv", of: result))
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("gift_value,") }.count == 1, "\(csv)")
        #expect(csv.contains(",4100000000,"))
        #expect(try #require(TestSite.page("du-lieu/facts.json", of: result)).contains(#""value":4100000000}"#))
    }

    /// A month and its first day, or one moment in two zones, are the same time: such articles
    /// go by title, whatever their files' order (they are not equal dates, so a sort that took
    /// "not equal" for "earlier or later" left them as it found them).
    @Test("articles of one moment written two ways go by title", arguments: [
        ("2025-01-01", "2025-01"),
        ("2025-01-01T07:00:00+07:00", "2025-01-01T00:00:00Z"),
        ("2025-01", "2025"),
    ])
    func articlesOfOneMomentGoByTitle(first: String, second: String) throws {
        let files = TestSite.files(with: [
            TestSite.articlePath: nil,
            "content/articles/2025/a.md": TestSite.article(title: "Bài Một", date: first, locality: "lam-dong"),
            "content/articles/2025/b.md": TestSite.article(title: "Bài Hai", date: second, locality: "lam-dong"),
            "content/articles/2025/c.md": TestSite.article(title: "Bài Ba", date: "2024-12-31", locality: "lam-dong"),
        ])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page("index.html", of: result))
        let order = ["Bài Hai", "Bài Một", "Bài Ba"].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }
}
