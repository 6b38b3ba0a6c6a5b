import Synchronization

/// The lines of a site's files, read when a diagnostic is printed rather than carried by every
/// location: a build finds thousands of places and prints a handful, and two reports of one
/// place are one whatever was read with them.
///
/// Each file is read once, on first use. The built-in default theme's files are named
/// `(built-in default theme)/…` in diagnostics and read from the binary.
public final class SourceLines: Sendable {
    private let source: (any SiteSource)?
    private let files = Mutex<[String: SourceFile?]>([:])

    /// Lines of nothing: diagnostics print without excerpts.
    public static let none = SourceLines(nil)

    public init(_ source: (any SiteSource)?) {
        self.source = source
    }

    /// The text of a 1-based line of `path`, without its line ending; nil when there is no such file or line.
    public func line(_ number: Int, of path: String) -> String? {
        guard let source, number >= 1 else { return nil }
        let file = files.withLock { files in
            if let read = files[path] { return read }
            let builtIn = "(built-in default theme)/"
            let text = path.hasPrefix(builtIn)
                ? DefaultTheme.files[String(path.dropFirst(builtIn.count))]
                : source.contents(of: path).flatMap { String(validatingUTF8Data: $0) }
            let read = text.map { SourceFile(path: path, text: $0) }
            files[path] = read
            return read
        }
        return file?.line(number)
    }
}
