/// A Markdown body as Swift values: its HTML with placeholders, and the parts the site needs to resolve.
///
/// Links to other files and captured fenced blocks (fact blocks) cannot be rendered
/// by cmark alone: their output depends on the whole site. They are left in the HTML
/// as placeholders that the text itself cannot forge, and filled in later by
/// `filled(link:block:image:)` once the site is known. An image of the site is a
/// placeholder of its own (a block when it is alone in its paragraph), so that it can
/// become a figure with its size and its smaller copies.
public struct MarkdownDocument: Sendable, Equatable {
    /// HTML rendered by cmark in safe mode, with placeholders for internal links and captured blocks.
    public var html: String
    /// Fenced code blocks whose info word was asked for, in document order.
    public var blocks: [CapturedBlock]
    /// Links and images whose destination is a relative path, in document order.
    public var links: [MarkdownLink]
    /// Plain text of the first paragraph, for summaries and feeds.
    public var firstParagraph: String?
    /// The prefix of every placeholder in `html`; chosen so that it does not occur in the source text.
    public var placeholderPrefix: String
    /// Raw HTML blocks and tags the renderer dropped (comments aside), in document order.
    public var rawHTML: [RawHTML] = []
    /// Images whose destination is another site's address: cmark renders them as written,
    /// but their alternative text is checked like the others'.
    public var remoteImages: [MarkdownLink] = []

    public init(
        html: String, blocks: [CapturedBlock], links: [MarkdownLink],
        firstParagraph: String?, placeholderPrefix: String
    ) {
        self.html = html
        self.blocks = blocks
        self.links = links
        self.firstParagraph = firstParagraph
        self.placeholderPrefix = placeholderPrefix
    }
}
