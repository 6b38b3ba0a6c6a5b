/// A link or image whose destination is a relative path, to be resolved against the site.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination exactly as written.
    public var destination: String
    /// True for `![alt](src)`.
    public var isImage: Bool
    /// Position of the destination in the text that was parsed, 1-based.
    public var line: Int
    public var column: Int

    public init(destination: String, isImage: Bool, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}
