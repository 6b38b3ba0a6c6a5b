/// How a template writes its variables: escaped for HTML and XML (the default), or as they are.
enum TemplateEscaping: Sendable {
    /// `XMLEscaping`, the one escaping of everything Bantin writes.
    case html
    /// `{{% CONTENT_TYPE: TEXT}}`: for templates of plain text.
    case text

    func escape(_ text: String) -> String {
        switch self {
        case .html: XMLEscaping.escape(text)
        case .text: text
        }
    }
}
