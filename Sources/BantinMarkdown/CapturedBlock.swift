/// A fenced code block taken out of the rendered page (for example a ```` ```facts ```` block).
public struct CapturedBlock: Sendable, Equatable {
    /// The first word of the info string, such as `facts`.
    public var info: String
    /// The text between the fences, with its final newline.
    public var content: String
    /// Line of the opening fence, 1-based, in the text that was parsed.
    public var fenceLine: Int
    /// Column of the opening fence, 1-based.
    public var fenceColumn: Int
    /// Line of the first content line: the YAML inside starts here.
    public var contentLine: Int
    /// The column where content lines start once the block's indentation is removed.
    public var contentColumn: Int

    public init(info: String, content: String, fenceLine: Int, fenceColumn: Int, contentLine: Int, contentColumn: Int) {
        self.info = info
        self.content = content
        self.fenceLine = fenceLine
        self.fenceColumn = fenceColumn
        self.contentLine = contentLine
        self.contentColumn = contentColumn
    }
}
