import Mustache

/// HTML escaping for templates, through `XMLEscaping` (UTF-8, no work for clean text).
struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        XMLEscaping.escape(text)
    }
}
