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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), isFence(first) else { return .failure(.missingOpening) }
        var yaml: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if isFence(line) {
                let bodyStart = text.split(separator: "\n", maxSplits: lineNumber, omittingEmptySubsequences: false)
                let body = bodyStart.count > lineNumber ? String(bodyStart[lineNumber]) : ""
                let joined = yaml.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.joined(separator: "\n")
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
