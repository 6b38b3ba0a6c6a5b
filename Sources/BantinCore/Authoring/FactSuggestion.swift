/// What `bantin facts suggest` proposes for one paragraph: the figures it could place, in the
/// order of the text, and the numbers it could not.
public struct FactSuggestion: Sendable, Equatable {
    /// One proposed figure.
    public struct Figure: Sendable, Equatable {
        public var metric: String
        public var value: WrittenNumber
        public var scale: NumberScale?
        public var approx: Approximation?
        public var of: WrittenNumber?
        public var percent: WrittenNumber?
        public var parts: [(key: String, value: WrittenNumber)]
        /// File line and column where the text states it.
        public var line: Int
        public var column: Int

        public static func == (lhs: Figure, rhs: Figure) -> Bool {
            (lhs.metric, lhs.value, lhs.scale, lhs.approx) == (rhs.metric, rhs.value, rhs.scale, rhs.approx)
                && (lhs.of, lhs.percent, lhs.line, lhs.column) == (rhs.of, rhs.percent, rhs.line, rhs.column)
                && lhs.parts.map(\.key) == rhs.parts.map(\.key) && lhs.parts.map(\.value) == rhs.parts.map(\.value)
        }
    }

    /// A number of the text left for the writer, with why.
    public struct Unplaced: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
        public var reason: String
        /// The metrics it might be, when several fit: their values in the text are then in doubt.
        public var candidates: [String] = []
        public var value: Double = 0
    }

    /// File line of the paragraph's first line.
    public var line: Int
    public var figures: [Figure]
    public var unplaced: [Unplaced]
}
