import Foundation
import Testing

@Suite("bantin build")
struct BuildTests {
    @Test func aValidSiteIsWrittenIntoPublic() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["build", site.url.path])
        #expect(output.status == 0)
        #expect(output.stdout == "")
        let files = site.snapshot("public")
        #expect(files["index.html"] != nil)
        #expect(files.keys.filter { $0.hasPrefix("bai-viet/") }.sorted() == [
            "bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/index.html",
            "bai-viet/lam-ha-tong-ket-10-nam/index.html",
            "bai-viet/thanh-pho-lai-chau-ra-mat-mo-hinh-moi/index.html",
        ])
        let summary = try #require(output.stderr.split(separator: "\n").last.map(String.init))
        #expect(summary.hasPrefix("built \(files.count) files into \(site.url.appendingPathComponent("public").path) in "))
        #expect(summary.hasSuffix(" ms"))
        #expect(!output.stderr.contains("\u{1B}["))
    }

    @Test func timingsNameEveryStageWithItsTimeAndMemory() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["build", "--timings", site.url.path])
        #expect(output.status == 0)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.dropLast().map { String($0.dropFirst(35)) } == [
            "reading the gazetteer and the schema", "reading settings, theme and pages", "reading articles",
            "checking the site as a whole", "indexing", "home pages", "article pages", "locality pages",
            "statistics pages", "tag pages", "open data", "search index", "checking links",
            "build cache", "putting the output in place", "writing the build cache",
        ])
        // "   0.01 s    0.02 s cpu     12 MB  reading articles"
        for line in lines.dropLast() {
            #expect(line.range(of: #"^ *[0-9]+\.[0-9]{2} s +[0-9]+\.[0-9]{2} s cpu +[0-9]+ MB  [a-z]"#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(lines.last?.hasPrefix("built ") == true)
    }

    @Test func threeErrorsInThreeFilesAreAllPrintedAndPublicIsLeftAsItWas() throws {
        let site = try TemporarySite(fixture: "valid-site")
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        let before = site.snapshot("public")
        #expect(before.count > 10)

        for article in ["content/articles/2023/a.md", "content/articles/2024/b.md", "content/articles/2024/c.md"] {
            try site.copy("invalid/three-errors/\(article)", to: article)
        }
        let expected = try String(contentsOf: BantinProcess.fixtures.appendingPathComponent("invalid/three-errors/expected.txt"), encoding: .utf8)
        let output = try BantinProcess.run(["build", site.url.path])
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == expected + "3 errors; public/ was left as it was\n")
        #expect(site.snapshot("public") == before)
        #expect(!site.listing().contains { $0.hasPrefix(".public") })
    }

    @Test func theExampleSiteBuildsIntoAnotherFolder() throws {
        let temp = try TemporarySite()
        let root = BantinProcess.repositoryRoot
        let output = try BantinProcess.run(["build", root.path, "--output", temp.url.appendingPathComponent("ra").path])
        #expect(output.status == 0, "\(output.stderr)")
        let files = temp.snapshot("ra")
        #expect(files["index.html"] != nil)
        // One page per article: each article names its slug in its front matter.
        let articles = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("content/articles").path)
            .filter { $0.hasSuffix(".md") }
        #expect(!articles.isEmpty)
        var slugs: [String] = []
        for article in articles {
            let text = try String(contentsOf: root.appendingPathComponent("content/articles/\(article)"), encoding: .utf8)
            if text.contains("\ndraft: true") { continue }
            let slug = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("slug: ") }, "\(article) has no slug")
            slugs.append(String(slug.dropFirst("slug: ".count)))
        }
        #expect(files.keys.filter { $0.hasPrefix("bai-viet/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 }.sorted()
            == slugs.map { "bai-viet/\($0)/index.html" }.sorted())
        #expect(temp.listing().allSatisfy { $0 == "ra" || $0.hasPrefix("ra/") })
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let draft = "---\ntitle: Bản nháp\ndate: 2024-05-01\nlocality: lam-ha\ndraft: true\n---\n\nChưa đăng.\n"
        try Data(draft.utf8).write(to: site.url.appendingPathComponent("content/articles/2024/nhap.md"))
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        #expect(site.snapshot("public")["bai-viet/ban-nhap/index.html"] == nil)
        #expect(try BantinProcess.run(["build", site.url.path, "--drafts"]).status == 0)
        #expect(site.snapshot("public")["bai-viet/ban-nhap/index.html"] != nil)
    }

    @Test func warningsAreCountedAndFailTheBuildOnlyWithStrictLeavingPublicAsItWas() throws {
        let site = try TemporarySite(fixture: "valid-site")
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        let article = site.url.appendingPathComponent("content/articles/2023/lam-ha-tong-ket.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data((text + "\n| Chỉ tiêu | Số |\n").utf8).write(to: article)
        let before = site.snapshot("public")

        let strict = try BantinProcess.run(["build", "--strict", site.url.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": warning: this line looks like a Markdown table, which the page shows as plain text\n"))
        #expect(strict.stderr.hasSuffix("\n1 warning; public/ was left as it was\n"))
        #expect(site.snapshot("public") == before)

        let lenient = try BantinProcess.run(["build", site.url.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasSuffix(" ms\n1 warning\n"))
    }
}
