/// One field of a CSV row, with where it starts in the block.
public struct CSVField: Sendable, Equatable {
    /// The field's text, its quotes removed and doubled quotes made single.
    public var text: String
    /// True when the field was written in quotes: its number is then in Vietnamese notation.
    public var quoted: Bool
    /// 1-based line and column, counted in the text that was read.
    public var line: Int
    public var column: Int

    public init(text: String, quoted: Bool, line: Int, column: Int) {
        self.text = text
        self.quoted = quoted
        self.line = line
        self.column = column
    }
}
