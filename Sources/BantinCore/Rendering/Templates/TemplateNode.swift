/// One piece of a parsed template, as plain values, so that rendering needs no reflection
/// and no protocol casts.
indirect enum TemplateNode: Sendable, Equatable {
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
    /// `{{$name}}…{{/name}}` directly inside `{{< parent}}`: read by the parent call, never rendered.
    case definition(String, body: [TemplateNode])
}
