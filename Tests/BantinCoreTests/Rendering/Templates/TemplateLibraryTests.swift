import Testing
@testable import BantinCore

@Suite("TemplateLibrary")
struct TemplateLibraryTests {
    private func theme(_ templates: [String: String]) -> Theme {
        Theme(name: "thu", templates: Dictionary(uniqueKeysWithValues: templates.map { name, text in
            (name, ThemeTemplate(name: name, text: text, path: "themes/thu/templates/\(name).mustache"))
        }), staticFiles: [:], strings: UIStrings([:]))
    }

    @Test func findsPartialsAndParentsWithTheirPlace() {
        let references = TemplateLibrary.references(in: "a {{> header}} b {{<base}}\n{{ > footer }} {{name}}")
        #expect(references.map { "\($0.name) \($0.isParent) \($0.line):\($0.column)" } == [
            "header false 1:7", "base true 1:21", "footer false 2:6",
        ])
    }

    @Test func rendersWithPartialsAndEscapesVariables() throws {
        var diagnostics = DiagnosticBag()
        let library = try #require(TemplateLibrary(
            theme: theme(["page": "<h1>{{title}}</h1>{{> note}}{{{raw}}}", "note": "<p>{{note}}</p>"]),
            required: ["page"], diagnostics: &diagnostics))
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(library.render("page", ["title": "<b>Lâm Hà</b>", "note": "a & b", "raw": "<svg/>"]) ==
            "<h1>&lt;b&gt;Lâm Hà&lt;/b&gt;</h1><p>a &amp; b</p><svg/>")
    }

    @Test func aMissingPartialOrParentIsNamed() {
        var diagnostics = DiagnosticBag()
        let library = TemplateLibrary(theme: theme(["page": "{{<khung}}{{/khung}}\n{{> chan-trang}}"]), required: ["page"], diagnostics: &diagnostics)
        #expect(library == nil)
        #expect(diagnostics.sorted.map { "\($0.location!.file):\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "themes/thu/templates/page.mustache:1:4 template 'page' uses parent 'khung', which the theme does not have",
            "themes/thu/templates/page.mustache:2:5 template 'page' uses partial 'chan-trang', which the theme does not have",
        ])
    }

    @Test func aMissingRequiredTemplate() {
        var diagnostics = DiagnosticBag()
        _ = TemplateLibrary(theme: theme(["page": "x"]), required: ["page", "home"], diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics == [
            .error(.missingTemplate, "theme 'thu' has no template 'home'", at: nil,
                   hint: "add templates/home.mustache to the theme or to the site's templates/ folder"),
        ])
    }

    @Test func anUnclosedSectionIsAtItsTemplate() {
        var diagnostics = DiagnosticBag()
        _ = TemplateLibrary(theme: theme(["page": "<ul>\n{{#items}}<li>{{.}}</li>\n</ul>\n"]), required: [], diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.count == 1)
        let diagnostic = diagnostics.diagnostics[0]
        #expect(diagnostic.message.hasPrefix("template 'page' cannot be read: "))
        #expect(diagnostic.location?.file == "themes/thu/templates/page.mustache")
        #expect(diagnostic.hint == "check that every {{#section}} and {{$block}} is closed with {{/name}}")
    }

    @Test func aWindowsTemplateCountsItsLines() {
        let references = TemplateLibrary.references(in: "<footer>\r\n{{> ban-quyen}}\r\n</footer>\r\n")
        #expect(references.map { "\($0.name) \($0.line):\($0.column)" } == ["ban-quyen 2:5"])
    }
}
