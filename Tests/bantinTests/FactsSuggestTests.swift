import Foundation
import Testing

@Suite("bantin facts suggest")
struct FactsSuggestTests {
    @Test func aBlockIsPrintedFromTheArticlesText() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let article = site.url.appendingPathComponent("content/articles/2024/moi.md")
        try Data("---\ntitle: Mới\ndate: 2024-01-02\nlocality: lam-dong\n---\n\nĐã tổ chức 6.003 buổi tuyên truyền.\n".utf8).write(to: article)
        let output = try BantinProcess.run(["facts", "suggest", article.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "# after the paragraph of line 7\n```facts\nvalues:\n  propaganda_sessions: \"6.003\"\n```\n")
    }

    @Test func aMissingFileIsAnError() throws {
        let output = try BantinProcess.run(["facts", "suggest", "/khong/co/bai.md"])
        #expect(output.status == 1)
        #expect(output.stderr == "error: cannot read '/khong/co/bai.md'\n")
    }
}
