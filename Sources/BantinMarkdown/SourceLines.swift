/// The lines of a text, for finding where an inline element was written.
///
/// cmark records reliable positions for blocks only; a link's position is found by
/// searching for its destination from the start of the block that holds it.
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        // Split on bytes: "\r\n" is one Character in Swift, and bytes are much faster to scan.
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(text[start...])
        self.lines = lines
    }

    /// The 1-based line and column (in Unicode scalars) of `destination` at or after `start`.
    ///
    /// The destination is looked for right after `](` or `](<` first, so that the same text
    /// written as the link's label is not taken for it.
    func find(destination: String, from start: (line: Int, column: Int)) -> (line: Int, column: Int)? {
        guard !destination.isEmpty else { return nil }
        for (needle, offset) in [("](" + destination, 2), ("](<" + destination, 3), (destination, 0)] {
            if let found = find(needle, from: start) { return (found.line, found.column + offset) }
        }
        return nil
    }

    /// The 1-based line and column of `text` at or after `start`.
    func find(text: String, from start: (line: Int, column: Int)) -> (line: Int, column: Int)? {
        find(text, from: start)
    }

    private func find(_ destination: String, from start: (line: Int, column: Int)) -> (line: Int, column: Int)? {
        guard !destination.isEmpty, start.line >= 1 else { return nil }
        var lineIndex = start.line - 1
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            if let range = line.firstRange(of: destination) {
                let column = line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1
                if lineIndex > start.line - 1 || column >= start.column {
                    return (lineIndex + 1, column)
                }
                if let later = line[range.upperBound...].firstRange(of: destination) {
                    return (lineIndex + 1, line.unicodeScalars.distance(from: line.startIndex, to: later.lowerBound) + 1)
                }
            }
            lineIndex += 1
        }
        return nil
    }
}
