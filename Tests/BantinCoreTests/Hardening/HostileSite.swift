import Foundation
@testable import BantinCore

/// A site whose every piece of author text tries to run a script: front matter, body, fact
/// blocks, locality names, metric labels and units, part labels, the site's own title.
///
/// Built once for the tests of `HostileMarkupTests`; it builds without errors, so every page,
/// feed, chart and export is there to be looked at.
enum HostileSite {
    static let script = "<script>alert(1)</script>"
    static let image = "<img src=x onerror=alert(1)>"
    /// Breaks out of a double-quoted attribute, then opens a script.
    static let breakout = #""><script>alert(1)</script>"#

    static let scriptEscaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    static let imageEscaped = "&lt;img src=x onerror=alert(1)&gt;"
    static let breakoutEscaped = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"

    static let articlePath = "content/articles/2024/hostile.md"
    static let articlePage = "bai-viet/bai-doc/index.html"
    /// Hà Giang of the three-level system, renamed `<script>alert(1)</script>` by the site's
    /// localities file: it keeps its id.
    static let province = "ha-giang"
    /// A commune the file adds to it, named `<img src=x onerror=alert(1)>`.
    static let commune = "ha-giang/img-src-x-onerror-alert-1"

    static let siteYAML = """
        title: '\(script)'
        description: '\(image)'
        language: vi
        theme: default

        """

    static let localitiesYAML = TestSite.localitiesYAML + """
        - name: '\(script)'
          id: ha-giang
          children:
            - {name: '\(image)', kind: xã}
            - {name: Yên Bình, kind: xã}

        """

    static let schemaYAML = TestSite.schemaYAML + """
          hostile_count:
            label: '\(script)'
            unit: '\(image)'
            kind: count
            group: '\(script)'
            description: '\(image)'
            parts: {a: '\(script)', b: '\(image)'}
          hostile_ratio:
            label: '\(image)'
            unit: '\(script)'
            kind: ratio

        """

    static let article = """
        ---
        title: Bài độc
        date: 2024-05-01
        locality: \(province)
        localities: [\(commune)]
        author: '\(breakout)'
        source: '\(script)'
        source_url: 'https://example.vn/?q=\(breakout)'
        tags: ['\(script)', '\(image)']
        summary: '\(image)'
        ---

        \(script)

        \(image)

        Chữ <b onmouseover=alert(1)>đậm</b> và <a href="javascript:alert(1)">liên kết</a>.

        ```facts
        period: 2023
        source: '\(script)'
        values:
          hostile_count: {value: 3, parts: {a: 1, b: 2}, note: '\(image)'}
          hostile_ratio: {value: 1, of: 2}
        ```

        ```facts
        period: 2024
        values:
          hostile_count: 5
        ```

        ```facts
        locality: \(commune)
        period: 2024
        values:
          hostile_count: 2
        ```

        ```facts
        locality: \(province)/yen-binh
        period: 2024
        values:
          hostile_count: 3
        ```

        """

    /// An article whose title is a script: its slug comes from the letters of the tag.
    static let titleArticle = """
        ---
        title: '\(script)'
        date: 2024-06-01
        locality: lam-dong/lam-ha
        ---

        Bài có tiêu đề độc.

        """
    static let titlePage = "bai-viet/script-alert-1-script/index.html"

    /// A free page in the menu of every page, its title an image with an event handler.
    static let page = """
        ---
        title: '\(image)'
        description: '\(script)'
        menu: true
        ---

        Trang \(script)

        """
    static let freePage = "img-src-x-onerror-alert-1/index.html"

    static var files: [String: String] {
        TestSite.files(with: [
            "site.yaml": siteYAML,
            "content/localities.yaml": localitiesYAML,
            "content/schema.yaml": schemaYAML,
            articlePath: article,
            "content/articles/2024/title.md": titleArticle,
            "content/pages/hostile.md": page,
        ])
    }

    static let result = TestSite.build(files)

    static func text(_ path: String) -> String? {
        TestSite.page(path, of: result)
    }
}
