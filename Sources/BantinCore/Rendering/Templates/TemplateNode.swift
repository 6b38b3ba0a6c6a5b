import Mustache

/// One piece of a compiled template: what swift-mustache's parser made of the text, kept as
/// plain values so that rendering needs no reflection and no protocol casts.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as it is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}` or `{{< name}}…{{/name}}`: another template, with the blocks it overrides.
    case partial(String, indentation: String?, overrides: [String: [TemplateNode]]?)
    /// `{{$name}}…{{/name}}` in a parent: the child's override, or this default.
    case block(String, defaultBody: [TemplateNode], indentation: String?)
    /// `{{% CONTENT_TYPE: …}}`: how the rest of the template escapes variables.
    case escaping(TemplateEscaping)
    /// A block definition inside `{{< parent}}`: read by the parent, never rendered.
    case nothing
}

/// A variable's name split once at compile time: `a.b.c`, `.`, or `.a` (top of the stack only).
struct TemplateName: Sendable {
    /// The names to follow; empty for `.`, the current object.
    let components: [String]
    /// Looked up in the current object only, not in the objects around it (a leading dot).
    let currentOnly: Bool

    init(_ text: String) {
        components = text.split(separator: ".").map(String.init)
        currentOnly = text.first == "."
    }
}

/// How variables are escaped: Bantin's byte-wise escaping, or a swift-mustache content type.
enum TemplateEscaping: @unchecked Sendable {
    case xml
    case custom(MustacheContentType)

    func escape(_ text: String) -> String {
        switch self {
        case .xml: XMLEscaping.escape(text)
        case .custom(let contentType): contentType.escapeText(text)
        }
    }
}
