import Foundation
import Testing
@testable import BantinCore

/// Bantin's templates render exactly what swift-mustache renders from the same templates.
@Suite("TemplateRenderer")
struct TemplateRendererTests {
    private static func library(_ templates: [String: String], reference: Bool) throws -> TemplateLibrary {
        var diagnostics = DiagnosticBag()
        let theme = Theme(name: "thu", templates: Dictionary(uniqueKeysWithValues: templates.map { name, text in
            (name, ThemeTemplate(name: name, text: text, path: "themes/thu/templates/\(name).mustache"))
        }), staticFiles: [:], strings: UIStrings([:]))
        let engine: (@Sendable (Theme) -> any TemplateRendering)? = reference ? { @Sendable theme in SwiftMustacheEngine(theme: theme) as any TemplateRendering } : nil
        let library = try #require(TemplateLibrary(theme: theme, required: [], diagnostics: &diagnostics, engine: engine))
        #expect(diagnostics.diagnostics.isEmpty)
        return library
    }

    /// Renders `page` both ways, checks they agree, and returns Bantin's rendering.
    private func render(_ templates: [String: String], _ view: [String: Any]) throws -> String {
        let reference = try Self.library(templates, reference: true).render("page", view)
        let fast = try Self.library(templates, reference: false).render("page", view)
        #expect(fast == reference)
        return fast
    }

    nonisolated(unsafe) static let view: [String: Any] = [
        "title": "Lâm Hà <2024> & \"Đạ Đờn\" 'x'",
        "count": 1_297, "ratio": 86.1, "yes": true, "no": false, "empty": "", "none": [[String: Any]](),
        "site": ["title": "Bản tin", "menu": [["name": "Trang chủ", "url": "./"], ["name": "Chủ đề", "url": "chu-de/"]]],
        "items": [["name": "Một", "url": "a/"], ["name": "Hai"], ["name": "Ba", "url": "c/", "title": "riêng"]],
        "words": ["an", "ninh"], "lines": "dòng 1\ndòng 2\n",
    ]

    @Test func variablesAreEscapedAndNumbersAndBooleansWritten() throws {
        #expect(try render(["page": "{{title}}|{{{title}}}|{{& title}}|{{count}}|{{ratio}}|{{yes}}|{{missing}}|{{site.title}}|{{site.missing.deeper}}"], Self.view)
            == "Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39;|Lâm Hà <2024> & \"Đạ Đờn\" 'x'|Lâm Hà <2024> & \"Đạ Đờn\" 'x'|1297|86.1|true||Bản tin|")
    }

    @Test func sectionsOverListsObjectsBooleansAndStrings() throws {
        let template = """
        <ul>
        {{#items}}
          <li>{{#url}}<a href="{{url}}">{{name}}</a>{{/url}}{{^url}}{{name}}{{/url}} {{title}}</li>
        {{/items}}
        </ul>
        {{#site}}{{title}}: {{#menu}}{{name}} {{/menu}}{{/site}}
        {{#yes}}có{{/yes}}{{#no}}không{{/no}}{{^no}}không có{{/no}}{{^none}}trống{{/none}}{{#none}}x{{/none}}
        {{#words}}[{{.}}]{{/words}}{{#empty}}<{{.}}>{{/empty}}{{^missing}}thiếu{{/missing}}
        """
        #expect(try render(["page": template, "title": "x"], Self.view) == """
        <ul>
          <li><a href="a/">Một</a> Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39;</li>
          <li>Hai Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39;</li>
          <li><a href="c/">Ba</a> riêng</li>
        </ul>
        Bản tin: Trang chủ Chủ đề 
        cókhông cótrống
        [an][ninh]<>thiếu
        """)
    }

    @Test func leadingDotLooksInTheCurrentObjectOnly() throws {
        #expect(try render(["page": "{{#items}}{{.title}},{{title}};{{/items}}"], ["title": "ngoài", "items": [["title": "trong"], [:]]])
            == "trong,trong;,ngoài;")
    }

    /// Like swift-mustache, an indented partial indents each piece that starts a line, not each
    /// line: a list rendered by one section is one piece, so only its first line is indented.
    @Test func standaloneLinesAndIndentedPartials() throws {
        let templates = [
            "page": "<div>\n  {{> list}}\n\t{{! chú thích }}\n{{#yes}}\n  {{> list}}\n{{/yes}}\r\n  {{> list}}\r\n</div>\n",
            "list": "<ul>\n{{#words}}\n<li>{{.}}</li>\n{{/words}}\n</ul>\n{{{lines}}}",
        ]
        let list = "  <ul>\n  <li>an</li>\n<li>ninh</li>\n  </ul>\n  dòng 1\ndòng 2\n"
        #expect(try render(templates, Self.view) == "<div>\n" + list + list + list + "</div>\n")
    }

    @Test func inheritanceWithBlocksOverriddenAtEachLevel() throws {
        let templates = [
            "base": "<title>{{$title}}Mặc định{{/title}}</title>\n<main>\n  {{$content}}trống{{/content}}\n</main>\n{{$footer}}chân{{/footer}}\n",
            "middle": "{{<base}}{{$title}}Giữa{{/title}}{{$footer}}chân giữa{{/footer}}{{/base}}",
            "page": "{{<middle}}\n{{$title}}{{title}}{{/title}}\n{{$content}}\n<p>{{count}}</p>\n{{/content}}\n{{/middle}}\n",
        ]
        #expect(try render(templates, Self.view) == """
        <title>Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39;</title>
        <main>
          <p>1297</p>

        </main>
        chân giữa

        """)
    }

    @Test func delimitersAndContentTypesChangeForTheRestOfTheTemplate() throws {
        let templates = [
            "page": "{{=<% %>=}}<%title%> {{title}}\n<%={{ }}=%>{{% CONTENT_TYPE: TEXT}}{{title}} {{> note}} {{title}}",
            "note": "{{title}}",
        ]
        #expect(try render(templates, Self.view) == "Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39; {{title}}\n"
            + "Lâm Hà <2024> & \"Đạ Đờn\" 'x' Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39; Lâm Hà <2024> & \"Đạ Đờn\" 'x'")
    }

    /// Templates that start with text, an empty line or a tag alone on the first line.
    @Test func theFirstLineIsNeverStandalone() throws {
        let templates = [
            "page": "{{#words}}\n[{{.}}]\n{{/words}}\n{{> blank}}{{> spaced}}",
            "blank": "\n\n{{title}}\n",
            "spaced": "  \t\r\n  {{#yes}}\n  có\n  {{/yes}}\n",
        ]
        #expect(try render(templates, Self.view) == "\n[an]\n\n[ninh]\n\nLâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39;\n  có\n")
    }

    @Test func commentsAndDelimitersKeepTheIndentationOfTheirLine() throws {
        let templates = [
            "page": "x\n  {{! a }} b\n\t{{=| |=}} |title|\n  |={{ }}=| {{count}}\n  {{$blk}}mặc định\n  dòng{{/blk}}\n",
        ]
        let output = try render(templates, Self.view)
        #expect(output == "x\n   b\n\t Lâm Hà &lt;2024&gt; &amp; &quot;Đạ Đờn&quot; &#39;x&#39;\n   1297\n  mặc định\n    dòng\n")
    }

    @Test func indentedBlocksInsideAParentCall() throws {
        let templates = [
            "base": "<main>\n  {{$content}}trống{{/content}}\n</main>\n",
            "page": "x\n{{<base}}\n  {{$content}}\n    <p>{{count}}</p>\n      <i>{{ratio}}</i>\n  {{/content}}\n{{/base}}\n",
        ]
        #expect(try render(templates, Self.view) == "x\n<main>\n  <p>1297</p>\n    <i>86.1</i>\n\n</main>\n")
    }

    @Test func theExampleSiteIsTheSameWithSwiftMustache() {
        var options = BuildOptions()
        options.templateEngine = { SwiftMustacheEngine(theme: $0) }
        expectSame(ExampleSite.result, SiteBuilder(source: MemorySiteSource(files: ExampleSite.files), options: options).build())
    }

    /// Markup, quotes and control characters in every field that reaches a template.
    @Test func theHostileSiteIsTheSameWithSwiftMustache() {
        var options = BuildOptions()
        options.templateEngine = { SwiftMustacheEngine(theme: $0) }
        expectSame(HostileSite.result, TestSite.build(HostileSite.files, options: options))
    }

    private func expectSame(_ compiled: BuildResult, _ reference: BuildResult) {
        #expect(compiled.succeeded && reference.succeeded)
        #expect(compiled.files.count > 20)
        #expect(compiled.files.map(\.path) == reference.files.map(\.path))
        for (a, b) in zip(compiled.files, reference.files) where a.contents != b.contents {
            Issue.record("\(a.path) differs from swift-mustache's rendering")
        }
    }
}
