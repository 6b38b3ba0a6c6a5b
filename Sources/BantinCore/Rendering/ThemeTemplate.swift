/// A Mustache template and the file it came from, for diagnostics.
public struct ThemeTemplate: Sendable {
    /// The name partials and inheritance use: the file name without `.mustache`.
    public var name: String
    public var text: String
    /// Path relative to the site root (or `(built-in)/…` for the embedded default theme).
    public var path: String
}
