/// A theme's templates read once, with every partial and parent they name checked to exist.
///
/// Mustache renders a missing partial as nothing; a theme author would never see the
/// mistake, so names are checked here and reported as errors that name the template.
public struct TemplateLibrary: Sendable {
    private let renderer: any TemplateRendering
    public let names: Set<String>

    /// `engine` renders the checked templates in place of Bantin's own renderer (tests compare the two).
    public init?(theme: Theme, required: [String], diagnostics: inout DiagnosticBag,
                 engine: (@Sendable (Theme) -> any TemplateRendering)? = nil) {
        var nodes: [String: [TemplateNode]] = [:]
        var ok = true
        for template in theme.templates.values.sorted(by: { $0.name < $1.name }) {
            do {
                nodes[template.name] = try TemplateParser.parse(template.text)
            } catch {
                diagnostics.error(.templateSyntax,
                    "template '\(template.name)' cannot be read: \(error.message)",
                    at: SourceLocation(file: template.path, line: error.line, column: error.column),
                    hint: error.hint ?? "check that every {{#section}} and {{$block}} is closed with {{/name}}"
                )
                ok = false
            }
            for reference in Self.references(in: template.text) where theme.templates[reference.name] == nil {
                diagnostics.error(.missingTemplate,
                    "template '\(template.name)' uses \(reference.isParent ? "parent" : "partial") '\(reference.name)', which the theme does not have",
                    at: SourceLocation(file: template.path, line: reference.line, column: reference.column, length: reference.name.count),
                    hint: "add templates/\(reference.name).mustache to the theme or to the site's templates/ folder"
                )
                ok = false
            }
        }
        for name in required where theme.templates[name] == nil {
            diagnostics.error(.missingTemplate, "theme '\(theme.name)' has no template '\(name)'", at: nil,
                              hint: "add templates/\(name).mustache to the theme or to the site's templates/ folder")
            ok = false
        }
        guard ok else { return nil }
        self.renderer = engine?(theme) ?? TemplateRenderer(templates: nodes)
        self.names = Set(theme.templates.keys)
    }

    /// Renders a template that was checked to exist.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        renderer.render(name, context)
    }

    /// Every `{{> name}}` and `{{< name}}` in a template, with its position: read from the text,
    /// since parsed nodes keep no positions and an unknown name is reported at its column.
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
