/// Splits an article into its YAML front matter and its Markdown body, keeping line numbers.
///
/// The body's first line number is kept so that positions cmark reports in the body
/// can be shown as positions in the file.
public struct FrontMatterSplitter: Sendable {
    public struct Parts: Sendable, Equatable {
        /// The YAML between the `---` lines.
        public var frontMatter: String
        /// File line of the first YAML line (2 for a file that starts with `---`).
        public var frontMatterLine: Int
        /// The Markdown after the closing `---`.
        public var body: String
        /// File line of the first body line.
        public var bodyLine: Int
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The file does not start with a `---` line.
        case missingOpening
        /// The opening `---` on line 1 is never closed.
        case unterminated
    }

    public static func split(_ text: String) -> Result<Parts, Failure> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        // "\r\n" is one Character in Swift: split on every line ending, not only "\n".
        let isLineEnd: (Character) -> Bool = { $0 == "\n" || $0 == "\r\n" }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: isLineEnd).makeIterator()
        guard let first = lines.next(), isFence(first) else { return .failure(.missingOpening) }
        var yaml: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if isFence(line) {
                let bodyStart = text.split(maxSplits: lineNumber, omittingEmptySubsequences: false, whereSeparator: isLineEnd)
                let body = bodyStart.count > lineNumber ? String(bodyStart[lineNumber]) : ""
                let joined = yaml.joined(separator: "\n")
                return .success(Parts(
                    frontMatter: joined.isEmpty ? "" : joined + "\n",
                    frontMatterLine: 2,
                    body: body,
                    bodyLine: lineNumber + 1
                ))
            }
            yaml.append(line)
        }
        return .failure(.unterminated)
    }

    private static func isFence(_ line: Substring) -> Bool {
        var line = line
        if line.hasSuffix("\r") { line = line.dropLast() }
        while line.hasSuffix(" ") || line.hasSuffix("\t") { line = line.dropLast() }
        return line == "---"
    }
}
