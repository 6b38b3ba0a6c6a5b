/// A link or image whose destination is a relative path, to be resolved against the site.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination exactly as written.
    public var destination: String
    /// True for `![alt](src)`.
    public var isImage: Bool
    /// Position of the destination in the text that was parsed, 1-based.
    public var line: Int
    public var column: Int
    /// An image's alternative text, as plain text; empty for links.
    public var text: String = ""
    /// An image's title, written in quotes after the destination; its caption.
    public var title: String = ""
    /// True for an image that is the whole of its paragraph: it becomes a figure of its own.
    public var standsAlone: Bool = false

    public init(destination: String, isImage: Bool, line: Int, column: Int,
                text: String = "", title: String = "", standsAlone: Bool = false) {
        self.destination = destination
        self.isImage = isImage
        self.line = line
        self.column = column
        self.text = text
        self.title = title
        self.standsAlone = standsAlone
    }
}
