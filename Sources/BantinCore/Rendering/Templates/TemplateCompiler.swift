import Mustache

/// Turns a template parsed by swift-mustache into `TemplateNode`s.
///
/// swift-mustache parses well (standalone lines, partial indentation, inheritance) but renders
/// slowly: every look-up casts each object of the context stack to several protocols, which
/// was a quarter of a whole build. Its parsed tokens are read here once, by reflection, so the
/// parsing stays swift-mustache's own. A template whose tokens are not understood (transforms
/// such as `{{uppercased(name)}}`, dynamic partials, or a token shape from another version of
/// the package) is reported as unsupported, and the library then renders with swift-mustache.
enum TemplateCompiler {
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
    }

    static func compile(_ template: MustacheTemplate) throws -> [TemplateNode] {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value,
              let list = tokens as? [Any]
        else { throw Unsupported(description: "a template without tokens") }
        return try list.map(node)
    }

    /// The escaping swift-mustache starts each partial with (its own HTML escaping).
    static let defaultEscaping: TemplateEscaping = {
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML}}"),
              let nodes = try? compile(template), case .escaping(let escaping)? = nodes.first
        else { return .xml }
        return escaping
    }()

    private static func node(_ token: Any) throws -> TemplateNode {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else {
            throw Unsupported(description: "a token that is not a case")
        }
        let fields = Mirror(reflecting: payload.value).children.map(\.value)
        func field<T>(_ index: Int, as type: T.Type) throws -> T {
            guard index < fields.count, let value = fields[index] as? T else { throw Unsupported(description: "a \(kind) token of another shape") }
            return value
        }
        func noTransforms() throws {
            guard try field(1, as: [String].self).isEmpty else { throw Unsupported(description: "a transform") }
        }
        switch kind {
        case "text":
            guard let text = payload.value as? String else { throw Unsupported(description: "a text token of another shape") }
            return .text(text)
        case "variable", "unescapedVariable":
            try noTransforms()
            return .variable(TemplateName(try field(0, as: String.self)), escaped: kind == "variable")
        case "section", "invertedSection":
            try noTransforms()
            return .section(TemplateName(try field(0, as: String.self)), inverted: kind == "invertedSection",
                            body: try compile(try field(2, as: MustacheTemplate.self)))
        case "blockDefinition":
            return .nothing
        case "blockExpansion":
            return .block(try field(0, as: String.self), defaultBody: try compile(try field(1, as: MustacheTemplate.self)),
                          indentation: optional(fields, 2))
        case "partial":
            let overrides = optional(fields, 2) as [String: MustacheTemplate]?
            return .partial(try field(0, as: String.self), indentation: optional(fields, 1),
                            overrides: try overrides.map { try $0.mapValues(compile) })
        case "contentType":
            guard let contentType = payload.value as? MustacheContentType else { throw Unsupported(description: "a content type of another shape") }
            return .escaping(contentType is FastHTMLContentType ? .xml : .custom(contentType))
        default:
            throw Unsupported(description: "a \(kind) token")
        }
    }

    /// An optional field: nil when absent or when it holds nothing.
    private static func optional<T>(_ fields: [Any], _ index: Int) -> T? {
        index < fields.count ? fields[index] as? T : nil
    }
}
