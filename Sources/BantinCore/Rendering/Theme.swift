import Foundation

/// A theme: templates, static files copied to the output, and the UI strings of one language.
public struct Theme: Sendable {
    public var name: String
    public var templates: [String: ThemeTemplate]
    /// Path under `static/` → bytes.
    public var staticFiles: [String: Data]
    /// The interface text of the site's language, from the themes' `i18n/<language>.yaml`.
    public var strings: UIStrings
}
