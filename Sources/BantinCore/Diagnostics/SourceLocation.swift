/// A place in a source file: path relative to the site root, 1-based line and column.
///
/// Columns count Unicode scalars, as libYAML does, so a YAML mark and a Markdown
/// position agree on the same line of Vietnamese text.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    /// How many scalars the caret underline spans; 1 for a point.
    public var length: Int

    /// The place only: the line's text is read when the diagnostic is printed (`SourceLines`).
    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
