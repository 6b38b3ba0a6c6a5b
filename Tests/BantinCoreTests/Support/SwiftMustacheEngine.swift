import Mustache
@testable import BantinCore

/// swift-mustache rendering a theme's templates: the reference Bantin's own parser and
/// renderer are compared with, template by template and site by site.
struct SwiftMustacheEngine: TemplateRendering {
    private let library: MustacheLibrary

    /// Every template starts in Bantin's escaping, as Bantin's renderer starts them.
    private static let pragma: String = {
        MustacheContentTypes.register(BantinEscaping(), named: "BANTIN_HTML")
        return "{{% CONTENT_TYPE: BANTIN_HTML}}"
    }()

    init(theme: Theme) {
        var library = MustacheLibrary()
        for template in theme.templates.values {
            // Templates reach the engine only after Bantin's own parser accepted them.
            if let parsed = try? MustacheTemplate(string: Self.pragma + template.text) {
                library.register(parsed, named: template.name)
            }
        }
        self.library = library
    }

    func render(_ name: String, _ view: Any) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    private struct BantinEscaping: MustacheContentType {
        func escapeText(_ text: String) -> String { XMLEscaping.escape(text) }
    }
}
