import Foundation

/// The plain text of each article's body, kept as its page is made: the body itself is let go
/// with the page (see `ArticleBody`), and the search index, made after, needs its text.
final class SearchTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String: String] = [:]

    /// Keeps `text` as the body of the article at `sourcePath`.
    func keep(_ text: String, for sourcePath: String) {
        lock.withLock { texts[sourcePath] = text }
    }

    /// The body kept for the article at `sourcePath`, which is let go.
    func take(_ sourcePath: String) -> String? {
        lock.withLock { texts.removeValue(forKey: sourcePath) }
    }
}
