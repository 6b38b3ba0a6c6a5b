import Foundation
import Testing
@testable import BantinCore

/// Values that try to climb out of the site: `slug:`, `image:`, links, and source listings.
///
/// A slug is only letters, digits and '-'; an image or link is resolved inside `content/` or
/// reported; and no file of any build has a path that starts with `/` or holds `..`.
@Suite("Paths that climb out")
struct PathEscapeTests {
    private static let noFile = "paths are relative to this file, or to content/static/ when they start with '/'"
    private static let outside = "link to files of content/, relative to this file, or to content/static/ with a path starting with '/'"

    private func tildes(_ count: Int) -> String { String(repeating: "~", count: max(0, count)) }

    @Test(arguments: [
        ("../../x", "x"), ("/etc/passwd", "etc-passwd"), ("..%2f..%2fx", "2f-2fx"), ("a/../../b", "a-b"), ("..", ""),
    ])
    func aSlugThatNamesAFolderIsRefused(_ slug: String, _ suggestion: String) {
        let article = TestSite.article(extra: "slug: '\(slug)'\n")
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: article])) == """
            content/articles/2023/lam-ha.md:5:7: error: '\(slug)' is not a valid slug [bad-slug]
                5 | slug: '\(slug)'
                  |       ^\(tildes(slug.count + 1))
               hint: use lower case letters, digits and '-', such as '\(suggestion)'

            """)
        let page = "---\ntitle: Giới thiệu\nslug: '\(slug)'\n---\n\nTrang.\n"
        #expect(TestSite.report(TestSite.files(with: ["content/pages/gioi-thieu.md": page])) == """
            content/pages/gioi-thieu.md:3:7: error: '\(slug)' is not a valid slug [bad-slug]
                3 | slug: '\(slug)'
                  |       ^\(tildes(slug.count + 1))
               hint: use lower case letters, digits and '-', such as '\(suggestion)'

            """)
    }

    /// A title without a letter or digit gives no slug: the page would land on `bai-viet//`, a free page on `/index.html`.
    @Test func aTitleWithoutLettersIsRefusedRatherThanGivingAnEmptyFolder() {
        let files = TestSite.files(with: [
            TestSite.articlePath: TestSite.article(title: "'!!!'"),
            "content/pages/x.md": "---\ntitle: '???'\n---\n\nTrang.\n",
        ])
        #expect(TestSite.report(files) == """
            content/articles/2023/lam-ha.md:2:8: error: the title '!!!' gives an empty slug [empty-slug]
                2 | title: '!!!'
                  |        ^~~~~
               hint: add 'slug:' with lower case letters, digits and '-'
            content/pages/x.md:2:8: error: the title '???' gives an empty slug [empty-slug]
                2 | title: '???'
                  |        ^~~~~
               hint: add 'slug:' with lower case letters, digits and '-'

            """)
    }

    @Test(arguments: [
        ("../../../site.yaml", "the link '../../../site.yaml' leads outside the site", outside),
        ("../../../../etc/passwd", "the link '../../../../etc/passwd' leads outside the site", outside),
        ("..%2f..%2f..%2fsite.yaml", "the link '..%2f..%2f..%2fsite.yaml' leads outside the site", outside),
        ("%2e%2e/%2e%2e/%2e%2e/site.yaml", "the link '%2e%2e/%2e%2e/%2e%2e/site.yaml' leads outside the site", outside),
        ("/../../site.yaml", "the link '/../../site.yaml' leads outside the site", outside),
        ("/etc/passwd", "the image '/etc/passwd' leads to no file", "there is no file content/static/etc/passwd; " + noFile),
        ("../../x.jpg", "the image '../../x.jpg' leads to no file", "there is no file content/x.jpg; " + noFile),
    ])
    func anImageOutsideContentIsReportedAtItsPlace(_ image: String, _ message: String, _ hint: String) {
        let code = message.hasSuffix("outside the site") ? "link-outside-site" : "broken-link"
        let article = TestSite.article(extra: "image: '\(image)'\nimage_alt: Ảnh\n")
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: article])) == """
            content/articles/2023/lam-ha.md:5:8: error: \(message) [\(code)]
                5 | image: '\(image)'
                  |        ^\(tildes(image.count + 1))
               hint: \(hint)

            """)
        let body = TestSite.article(body: "![ảnh](\(image))\n")
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: body])) == """
            content/articles/2023/lam-ha.md:7:8: error: \(message) [\(code)]
                7 | ![ảnh](\(image))
                  |        ^\(tildes(image.count - 1))
               hint: \(hint)

            """)
    }

    /// A file of `content/` outside the articles is still inside the site: it is copied beside the page.
    @Test func aLinkToAnotherFileOfContentIsCopiedBesideThePage() throws {
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "[bảng](../../bang/so-lieu.csv)\n"),
                                          "content/bang/so-lieu.csv": "a,b\n"])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        #expect(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/so-lieu.csv", of: result) == "a,b\n")
    }

    /// Whatever a source lists, every file of a build lands inside the output folder.
    @Test func everyOutputPathIsRelativeAndClean() {
        let builds = [
            ExampleSite.result, HostileSite.result,
            TestSite.build(TestSite.files(with: [
                "content/static/anh/2024/05/hoi-nghi.jpg": "jpg", "content/static/.an/x": "x",
                "content/articles/2023/anh.jpg": "jpg",
                TestSite.articlePath: TestSite.article(extra: "image: anh.jpg\nimage_alt: Ảnh\n", body: "![a](anh.jpg) ![b](/anh/2024/05/hoi-nghi.jpg)\n"),
                "site.yaml": TestSite.siteYAML + "base_url: https://example.vn/bantin/\nper_page: 1\n",
                "content/articles/2024/b.md": TestSite.article(title: "Bài hai", locality: "lam-dong/lam-ha/dinh-van"),
            ])),
        ]
        for result in builds {
            #expect(result.succeeded, "\(TestSite.report(result))")
            #expect(!result.files.isEmpty)
            for file in result.files {
                #expect(OutputAudit.path(file.path) == [])
                #expect(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."))
            }
        }
    }

    /// A source that lists paths no disk folder can hold ("../x") makes the build fail, and writes nothing.
    @Test(arguments: ["content/static/../../thoat.txt", "content/static//etc/thoat.txt"])
    func aSourcePathThatClimbsOutFailsTheBuild(_ path: String) {
        let sink = MemoryOutputSink()
        let result = SiteBuilder(source: MemorySiteSource(TestSite.files(with: [path: "thoát"]))).build(sink: sink)
        #expect(!result.succeeded)
        #expect(sink.files.allSatisfy { OutputAudit.path($0.path).isEmpty })
        let written = String(path.split(separator: "/", omittingEmptySubsequences: false).drop { $0 != "static" }.dropFirst().joined(separator: "/"))
        #expect(TestSite.report(result) == "error: the output could not be written: '\(written)' is not a path inside the output folder [output-failed]\n")
    }

    @Test func aThemeStaticPathThatClimbsOutFailsTheBuild() {
        let sink = MemoryOutputSink()
        let files = TestSite.files(with: [
            "site.yaml": "title: Thử\nlanguage: vi\ntheme: nha\n",
            "themes/nha/theme.yaml": "name: nha\nextends: default\n",
            "themes/nha/static/../../../thoat.css": "body {}",
        ])
        let result = SiteBuilder(source: MemorySiteSource(files)).build(sink: sink)
        #expect(TestSite.report(result) == "error: the output could not be written: '../../../thoat.css' is not a path inside the output folder [output-failed]\n")
        #expect(sink.files.allSatisfy { OutputAudit.path($0.path).isEmpty })
    }
}
