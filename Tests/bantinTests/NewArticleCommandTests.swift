import Foundation
import Testing

@Suite("bantin new article")
struct NewArticleCommandTests {
    @Test func theArticleIsWrittenUnderItsYearAndItsPathPrinted() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["new", "article", "--title", "Nam Ban ra mắt mô hình mới", "--locality", "lam-dong/lam-ha/nam-ban",
                                            "--date", "2024-06-01", "--tags", "mô hình, ra mắt"], in: site.url)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == "content/articles/2024/nam-ban-ra-mat-mo-hinh-moi.md\n")
        let text = try String(contentsOf: site.url.appendingPathComponent("content/articles/2024/nam-ban-ra-mat-mo-hinh-moi.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Nam Ban ra mắt mô hình mới\"\ndate: 2024-06-01\nlocality: lam-dong/lam-ha/nam-ban\ntags: [\"mô hình\", \"ra mắt\"]\n"))
        // The site still builds, drafts and all.
        let check = try BantinProcess.run(["check", "--drafts", site.url.path])
        #expect(check.status == 0, "\(check.stderr)")

        // A second article of the same title would overwrite it: refused.
        let again = try BantinProcess.run(["new", "article", "--title", "Nam Ban ra mắt mô hình mới", "--locality", "lam-dong/lam-ha/nam-ban",
                                           "--date", "2024-06-01"], in: site.url)
        #expect(again.status == 1)
        #expect(again.stderr == "error: content/articles/2024/nam-ban-ra-mat-mo-hinh-moi.md already exists; nothing was written\n   hint: give the article another title, or edit the existing file\n")
        #expect(try String(contentsOf: site.url.appendingPathComponent("content/articles/2024/nam-ban-ra-mat-mo-hinh-moi.md"), encoding: .utf8) == text)
    }

    @Test func theDateIsTodayInVietnamByDefault() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["new", "article", site.url.path, "--title", "Tin mới", "--locality", "lam-dong/nam-ban-lam-ha"])
        #expect(output.status == 0, "\(output.stderr)")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        let today = calendar.dateComponents([.year, .month, .day], from: Date())
        let day = String(format: "%04d-%02d-%02d", today.year!, today.month!, today.day!)
        #expect(output.stdout == site.url.appendingPathComponent("content/articles/\(today.year!)/tin-moi.md").path + "\n")
        let text = try String(contentsOf: site.url.appendingPathComponent("content/articles/\(today.year!)/tin-moi.md"), encoding: .utf8)
        #expect(text.contains("\ndate: \(day)\n"))
    }

    @Test func anUnknownLocalityIsAnErrorWithTheNearestPathsAndNothingIsWritten() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let before = site.listing()
        let output = try BantinProcess.run(["new", "article", site.url.path, "--title", "Tin mới", "--locality", "lam-dong/lamha",
                                            "--date", "2024-05-26"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("error: unknown locality 'lam-dong/lamha' [unknown-locality]\n   note: a near one is 'lam-dong/lam-ha'\n"))
        #expect(site.listing() == before)
    }

    @Test("misuse exits 64", arguments: [
        ["new", "article", "--locality", "lam-dong"],
        ["new", "article", "--title", "Tin", "--locality", "lam-dong", "--date", "26/05/2024"],
        ["new", "article", "--title", "!!!", "--locality", "lam-dong"],
    ])
    func misuse(arguments: [String]) throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(arguments, in: site.url)
        #expect(output.status == 64, "\(output.stderr)")
    }
}
