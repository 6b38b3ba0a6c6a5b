/// The lines of a text, for finding where an inline element was written.
///
/// cmark records reliable positions for blocks only; a link's position is found by
/// searching for its destination from the start of the block that holds it.
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line and column (in Unicode scalars) of `destination` at or after `start`.
    func find(destination: String, from start: (line: Int, column: Int)) -> (line: Int, column: Int)? {
        guard !destination.isEmpty, start.line >= 1 else { return nil }
        var lineIndex = start.line - 1
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            if let range = line.range(of: destination) {
                let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                if lineIndex > start.line - 1 || column >= start.column {
                    return (lineIndex + 1, column)
                }
                if let later = line[range.upperBound...].range(of: destination) {
                    return (lineIndex + 1, line.unicodeScalars.distance(from: line.startIndex, to: later.lowerBound) + 1)
                }
            }
            lineIndex += 1
        }
        return nil
    }
}
