import Testing
@testable import BantinCore

@Suite("New article")
struct NewArticleTests {
    static let article = NewArticle(title: "Lâm Hà: Tổng kết \"10 năm\" phong trào", locality: "lam-dong/lam-ha",
                                    date: ArticleDate(year: 2024, month: 5, day: 26), tags: ["tổng kết", "tuyên truyền"])

    @Test func itIsFiledByYearUnderTheSlugOfItsTitle() {
        #expect(Self.article.path == "content/articles/2024/lam-ha-tong-ket-10-nam-phong-trao.md")
    }

    @Test func theFrontMatterIsFilledInAndEveryMetricIsListedInACommentedBlock() {
        let text = Self.article.text(schema: TestSite.schema)
        #expect(text.hasPrefix("""
            ---
            title: "Lâm Hà: Tổng kết \\"10 năm\\" phong trào"
            date: 2024-05-26
            locality: lam-dong/lam-ha
            tags: ["tổng kết", "tuyên truyền"]
            # author: Tên tác giả
            # source: Tên báo hoặc đơn vị
            # Bài nháp: không đăng cho tới khi xoá dòng dưới đây.
            draft: true
            ---

            """))
        #expect(text.contains("""
            ```facts
            values:
              # propaganda_sessions: 0   # Buổi tuyên truyền (buổi)
              # propaganda_attendees: 0   # Lượt người dự tuyên truyền (lượt người)
              # valuable_tips: 0   # Tin có giá trị (tin)
              # cases_solved: {value: 0, of: 0}   # Vụ phạm tội được làm rõ (vụ)
              # gift_value: {value: 0, scale: million}   # Giá trị quà tặng (đồng)
              # festival_sites: {value: 0, parts: {provincial: 0, district: 0, commune: 0}}   # Điểm tổ chức Ngày hội (điểm)
              # households_pledged: 0   # Tỷ lệ hộ ký cam kết (%)
            ```
            -->

            """))
    }

    @Test func theNewArticleIsReadByTheBuildWithoutAProblem() {
        var files = TestSite.files(with: [TestSite.articlePath: nil])
        files[Self.article.path] = Self.article.text(schema: TestSite.schema)
        let result = TestSite.build(files, options: BuildOptions(drafts: true))
        #expect(TestSite.report(result) == "")
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html", of: result) != nil)
        // A draft until the writer says otherwise.
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-10-nam-phong-trao/index.html", of: TestSite.build(files)) == nil)
    }

    @Test func anUnknownLocalityIsAnErrorNamingTheNearestPaths() {
        let references = SiteReferences(gazetteer: TestSite.gazetteer, schema: TestSite.schema)
        let day = ArticleDate(year: 2024, month: 5, day: 26)
        #expect(references.localityPath("lam-dong/lam-ha/nam-ban", on: day) == .success("lam-dong/lam-ha/nam-ban"))
        #expect(references.localityPath("nam-ban-lam-ha", on: ArticleDate(year: 2025, month: 7, day: 1)) == .success("lam-dong/nam-ban-lam-ha"))
        guard case .failure(let problem) = references.localityPath("lam-dong/lamha", on: day) else {
            Issue.record("expected an error")
            return
        }
        #expect(DiagnosticFormatter().format(problem) == """
            error: unknown locality 'lam-dong/lamha' [unknown-locality]
               note: a near one is 'lam-dong/lam-ha'
               note: a near one is 'lam-dong/da-lat'
               note: a near one is 'lam-dong/bao-lam'
               hint: write the path of a unit of the gazetteer, such as 'lam-dong/lam-ha'

            """)
        guard case .failure(let ambiguous) = references.localityPath("tan-thanh", on: day) else {
            Issue.record("expected an error")
            return
        }
        #expect(ambiguous.message == "locality 'tan-thanh' is ambiguous")
    }
}
