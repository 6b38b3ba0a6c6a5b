import BantinMarkdown
import Synchronization

/// An article's parsed body, shared by every copy of the article and let go once its page is made.
///
/// Only the article's own page shows the body, and at a hundred thousand articles the bodies
/// are half a gigabyte: handing each one over as its page is made keeps that memory from
/// sitting through the locality pages and the open data that come after.
public final class ArticleBody: Sendable {
    private let document: Mutex<MarkdownDocument?>

    init(_ document: MarkdownDocument) {
        self.document = Mutex(document)
    }

    /// The body, while it has not been taken.
    var current: MarkdownDocument? {
        document.withLock { $0 }
    }

    /// The body, which this body no longer keeps; nil when it was taken already.
    func take() -> MarkdownDocument? {
        document.withLock { $0.take() }
    }
}
