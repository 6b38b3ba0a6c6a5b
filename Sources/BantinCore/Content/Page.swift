import BantinMarkdown

/// A free page from `content/pages/` (about, contact): Markdown with a title, outside the news.
public struct Page: Sendable {
    public var sourcePath: String
    public var title: String
    public var slug: String
    public var slugLocation: SourceLocation
    public var description: String?
    /// Shown in the site's main menu.
    public var menu: Bool
    /// Order in the menu, smaller first.
    public var weight: Int
    public var draft: Bool
    public var document: MarkdownDocument
    public var bodyLine: Int
}
