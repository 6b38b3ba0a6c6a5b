/// Raw HTML written in a Markdown body, which the safe renderer drops: kept so the author can be told.
public struct RawHTML: Sendable, Equatable {
    /// The start of the markup, up to the end of its first line: `<div class="x">`.
    public var text: String
    /// 1-based line and column (in Unicode scalars) in the text that was parsed.
    public var line: Int
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
