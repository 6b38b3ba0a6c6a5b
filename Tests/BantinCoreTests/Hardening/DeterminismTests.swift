import Foundation
import Testing
@testable import BantinCore

/// Two builds of the same site give the same files, byte for byte, whatever the threads did.
///
/// (Across processes, where dictionaries hash differently, and across time zones and locales,
/// `bantinTests/HardeningTests` runs the executable.)
@Suite("Determinism")
struct DeterminismTests {
    private func expectIdentical(_ first: BuildResult, _ second: BuildResult, _ name: String) {
        #expect(first.succeeded, "\(name): \(TestSite.report(first))")
        #expect(first.diagnostics == second.diagnostics)
        #expect(first.files.map(\.path) == second.files.map(\.path), "\(name) made other files")
        for (a, b) in zip(first.files, second.files) where a.contents != b.contents {
            Issue.record("\(name): \(a.path) differs between two builds")
        }
    }

    @Test func twoBuildsOfTheExampleSiteAreByteIdentical() {
        let first = ExampleSite.build(), second = ExampleSite.build()
        #expect(first.files.count > 50)
        expectIdentical(first, second, "the example site")
    }

    @Test func twoBuildsOfTheHostileSiteAreByteIdentical() {
        expectIdentical(HostileSite.result, TestSite.build(HostileSite.files), "the hostile site")
    }

    /// Enough articles, localities and facts that every parallel stage splits its work.
    @Test func twoBuildsOfASiteOfManyArticlesAreByteIdentical() {
        var files = TestSite.files(with: ["site.yaml": TestSite.siteYAML + "base_url: https://example.vn/\nper_page: 7\n"])
        let places = ["lam-dong/lam-ha/dinh-van", "lam-dong/lam-ha/nam-ban", "lam-dong/lam-ha/da-don", "lam-dong/duc-trong/tan-thanh", "lai-chau/lai-chau"]
        for index in 0..<600 {
            files["content/articles/\(index % 7)/bai-\(index).md"] = TestSite.article(
                title: "Bài số \(index)", date: "2024-\(String(format: "%02d", 1 + index % 12))-\(String(format: "%02d", 1 + index % 28))",
                locality: places[index % places.count], extra: "tags: [chủ đề \(index % 13), chung]\n",
                body: "Đoạn \(index).\n\n```facts\nperiod: \(1900 + index / 5)\nvalues:\n  propaganda_sessions: \(index * 3)\n  cases_solved: {value: \(index), of: \(index + 7)}\n```\n"
            )
        }
        expectIdentical(TestSite.build(files), TestSite.build(files), "600 articles")
    }

    // MARK: One file per path

    /// Two files for one path were both written, at once: the output was whichever finished last.
    @Test func aFileBesideAnArticleNamedLikeItsPageIsAnError() {
        let files = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(body: "![trang](index.html)\n"),
            "content/articles/2023/index.html": "<h1>trang khác</h1>",
        ])
        #expect(TestSite.report(files) == """
            error: two different files would be written to bai-viet/lam-ha-tong-ket-phong-trao/index.html [output-clash]
               hint: the page bai-viet/lam-ha-tong-ket-phong-trao/index.html links to two files of that name, or to one named like the page; rename one

            """)
    }

    @Test func twoPicturesOfOneNameAreAnErrorAndOnePictureLinkedTwiceIsOneFile() throws {
        let twoNames = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(body: "![a](anh.jpg) ![b](../2024/anh.jpg)\n"),
            "content/articles/2023/anh.jpg": "một", "content/articles/2024/anh.jpg": "hai",
        ])
        #expect(TestSite.report(twoNames) == """
            error: two different files would be written to bai-viet/lam-ha-tong-ket-phong-trao/anh.jpg [output-clash]
               hint: the page bai-viet/lam-ha-tong-ket-phong-trao/index.html links to two files of that name, or to one named like the page; rename one

            """)
        let once = TestSite.build(TestSite.files(with: [
            TestSite.articlePath: TestSite.article(extra: "image: anh.jpg\nimage_alt: Ảnh\n", body: "![a](anh.jpg) ![b](./anh.jpg)\n"),
            "content/articles/2023/anh.jpg": "một",
        ]))
        #expect(TestSite.report(once) == "")
        #expect(once.files.filter { $0.path.hasSuffix("/anh.jpg") }.map(\.path) == ["bai-viet/lam-ha-tong-ket-phong-trao/anh.jpg"])
    }

    @Test(arguments: [
        ("content/static/index.html", "index.html"),
        ("content/static/gioi-thieu/index.html", "gioi-thieu/index.html"),
        ("content/static/atom.xml", "atom.xml"),
    ])
    func aStaticFileInThePlaceOfAPageIsAnError(_ path: String, _ output: String) {
        let files = TestSite.files(with: [path: "tĩnh", "content/pages/gioi-thieu.md": "---\ntitle: Giới thiệu\n---\n\nTrang.\n"])
        #expect(TestSite.report(files) == """
            error: two files of the site would be written to \(output) [output-clash]
               hint: a file of content/static/ or a free page's slug takes the place of another file; rename it

            """)
    }

    @Test func aStaticFileOfTheSiteReplacesTheThemesFile() throws {
        let result = TestSite.build(TestSite.files(with: ["content/static/css/style.css": "body { color: black; }\n"]))
        #expect(TestSite.report(result) == "")
        #expect(TestSite.page("css/style.css", of: result) == "body { color: black; }\n")
        #expect(result.files.filter { $0.path == "css/style.css" }.count == 1)
    }
}
