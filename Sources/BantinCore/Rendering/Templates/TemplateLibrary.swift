import Mustache

/// A theme's templates compiled once, with every partial and parent they name checked to exist.
///
/// swift-mustache renders a missing partial as nothing; a theme author would never see the
/// mistake, so names are checked here and reported as errors that name the template.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// The same templates compiled for speed; nil when one uses what only swift-mustache renders.
    private let compiled: TemplateRenderer?
    public let names: Set<String>

    /// Every template starts in this content type: swift-mustache's own HTML escaping goes
    /// character by character through a dictionary, and escaping is most of a page's work.
    private static let contentType: String = {
        MustacheContentTypes.register(FastHTMLContentType(), named: "BANTIN_HTML")
        return "{{% CONTENT_TYPE: BANTIN_HTML}}"
    }()

    /// With `compiled: false`, every page is rendered by swift-mustache itself (tests compare the two).
    public init?(theme: Theme, required: [String], diagnostics: inout DiagnosticBag, compiled: Bool = true) {
        var library = MustacheLibrary()
        var nodes: [String: [TemplateNode]]? = compiled ? [:] : nil
        let pragma = Self.contentType
        var ok = true
        for template in theme.templates.values.sorted(by: { $0.name < $1.name }) {
            do {
                let parsed = try MustacheTemplate(string: pragma + template.text)
                library.register(parsed, named: template.name)
                nodes?[template.name] = try? TemplateCompiler.compile(parsed)
                if nodes?[template.name] == nil { nodes = nil }
            } catch let error as MustacheTemplate.ParserError {
                // The pragma sits on line 1 before the author's text: columns there are shifted by it.
                let column = error.context.columnNumber - (error.context.lineNumber == 1 ? pragma.count : 0)
                diagnostics.error(
                    "template '\(template.name)' cannot be read: \(error.error)",
                    at: SourceLocation(file: template.path, line: error.context.lineNumber, column: max(1, column)),
                    hint: "check that every {{#section}} and {{$block}} is closed with {{/name}}"
                )
                ok = false
            } catch {
                diagnostics.error("template '\(template.name)' cannot be read: \(error)", at: SourceLocation(file: template.path, line: 1, column: 1))
                ok = false
            }
            for reference in Self.references(in: template.text) where theme.templates[reference.name] == nil {
                diagnostics.error(
                    "template '\(template.name)' uses \(reference.isParent ? "parent" : "partial") '\(reference.name)', which the theme does not have",
                    at: SourceLocation(file: template.path, line: reference.line, column: reference.column, length: reference.name.count),
                    hint: "add templates/\(reference.name).mustache to the theme or to the site's templates/ folder"
                )
                ok = false
            }
        }
        for name in required where theme.templates[name] == nil {
            diagnostics.error("theme '\(theme.name)' has no template '\(name)'", at: nil,
                              hint: "add templates/\(name).mustache to the theme or to the site's templates/ folder")
            ok = false
        }
        guard ok else { return nil }
        self.library = library
        self.compiled = nodes.map(TemplateRenderer.init(templates:))
        self.names = Set(theme.templates.keys)
    }

    /// Renders a template that was checked to exist.
    /// Whether pages are rendered from the compiled templates rather than by swift-mustache.
    var isCompiled: Bool { compiled != nil }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        compiled?.render(name, context) ?? library.render(context, withTemplate: name) ?? ""
    }

    /// Every `{{> name}}` and `{{< name}}` in a template, with its position.
    static func references(in text: String) -> [(name: String, isParent: Bool, line: Int, column: Int)] {
        var found: [(String, Bool, Int, Int)] = []
        for (lineIndex, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...].drop(while: { $0 == " " })
                guard let marker = after.first, marker == ">" || marker == "<" else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let nameStart = after.dropFirst().drop(while: { $0 == " " })
                let name = nameStart.prefix(while: { $0 != "}" && $0 != " " })
                if !name.isEmpty, !name.hasPrefix("*") {
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: name.startIndex) + 1
                    found.append((String(name), marker == "<", lineIndex + 1, column))
                }
                rest = nameStart[name.endIndex...]
            }
        }
        return found
    }
}
