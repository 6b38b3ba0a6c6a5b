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
        // Lines are found on UTF-8 bytes ("\r\n" is one Character in Swift, and a byte scan
        // does not walk the whole body the way a split into lines would).
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex || lineNumber == 0 {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? utf8.endIndex
            let next = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            lineNumber += 1
            let isFence = Self.isFence(text[lineStart..<lineEnd])
            if lineNumber == 1 {
                guard isFence else { return .failure(.missingOpening) }
                yamlStart = next
            } else if isFence, let yamlStart {
                let yaml = text[yamlStart..<lineStart]
                return .success(Parts(
                    // Foundation's replacing goes through UTF-16: only front matter with a "\r" pays for it.
                    frontMatter: yaml.utf8.contains(UInt8(ascii: "\r")) ? yaml.replacingOccurrences(of: "\r\n", with: "\n") : String(yaml),
                    frontMatterLine: 2,
                    body: String(text[next...]),
                    bodyLine: lineNumber + 1
                ))
            }
            if newline == nil { break }
            lineStart = next
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
