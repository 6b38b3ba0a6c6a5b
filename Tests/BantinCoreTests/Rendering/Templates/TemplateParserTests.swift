import Testing
@testable import BantinCore

@Suite("TemplateParser")
struct TemplateParserTests {
    @Test func sectionsVariablesAndStandaloneLines() throws {
        #expect(try TemplateParser.parse("<ul>\n{{#items}}\n  <li>{{name}}{{{raw}}}</li>\n{{/items}}\n</ul>") == [
            .text("<ul>\n"),
            .section(TemplateName("items"), inverted: false, body: [
                .text("  <li>"), .variable(TemplateName("name"), escaped: true), .variable(TemplateName("raw"), escaped: false), .text("</li>\n"),
            ]),
            .text("</ul>"),
        ])
    }

    @Test func aParentCallKeepsOnlyItsBlocks() throws {
        #expect(try TemplateParser.parse("x\n{{<base}}\n{{$title}}Tin{{/title}}\n{{/base}}\n") == [
            .text("x\n"),
            .partial("base", indentation: "", overrides: ["title": [.text("Tin")]]),
        ])
    }

    @Test func theContentTypeChangesTheEscaping() throws {
        #expect(try TemplateParser.parse("{{a}}{{% CONTENT_TYPE: TEXT }}{{a}}") == [
            .variable(TemplateName("a"), escaped: true), .escaping(.text), .variable(TemplateName("a"), escaped: true),
        ])
    }

    @Test(arguments: [
        ("<ul>\n{{#items}}<li>{{.}}</li>\n</ul>\n", TemplateSyntaxError(
            message: "'items' is opened but never closed with {{/items}}", line: 4, column: 1, hint: nil)),
        ("a\n  {{#a}}{{/b}}", TemplateSyntaxError(
            message: "'{{/b}}' closes nothing here: the open section is 'a'", line: 2, column: 9, hint: nil)),
        ("{{/b}}", TemplateSyntaxError(message: "'{{/b}}' closes a section that was never opened", line: 1, column: 1, hint: nil)),
        ("Tin {{uppercased(title)}}", TemplateSyntaxError(
            message: "'uppercased(…)' is a transform, which Bantin's templates do not have", line: 1, column: 5,
            hint: "prepare the value in the page's data instead")),
        ("x\n\n {{>*name}}", TemplateSyntaxError(
            message: "a partial named by a variable ('*') is not supported", line: 3, column: 2, hint: "name the partial itself: {{> name}}")),
        ("{{ title }", TemplateSyntaxError(
            message: "a tag is not closed with }}", line: 1, column: 1, hint: "names are letters, digits and . - _ ? only")),
        ("{{! chú thích", TemplateSyntaxError(message: "a comment is not closed with }}", line: 1, column: 1, hint: nil)),
        ("{{% CONTENT_TYPE: JSON}}", TemplateSyntaxError(
            message: "unknown content type 'JSON'", line: 1, column: 1, hint: "use HTML or TEXT")),
        ("{{<base}}<p>{{/base}}x{{title}}", nil),
        ("{{<base}}{{title}}{{/base}}", TemplateSyntaxError(
            message: "inside {{<base}} only blocks {{$name}}…{{/name}} may stand", line: 1, column: 1, hint: nil)),
    ] as [(String, TemplateSyntaxError?)])
    func errorsSayWhatAndWhere(text: String, expected: TemplateSyntaxError?) {
        do {
            _ = try TemplateParser.parse(text)
            #expect(expected == nil)
        } catch {
            #expect(error == expected)
        }
    }
}
