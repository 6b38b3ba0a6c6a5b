import BantinMarkdown

/// An article after its front matter is checked and its body parsed.
public struct Article: Sendable {
    /// Path of the Markdown file relative to the site root.
    public var sourcePath: String
    public var title: String
    public var date: ArticleDate
    /// The unit the article is about (index in the gazetteer).
    public var locality: Int
    /// Other units it mentions.
    public var localities: [Int]
    public var author: String?
    public var source: String?
    public var sourceURL: String?
    public var period: Period?
    public var tags: [String]
    /// The summary from front matter, else the first paragraph.
    public var summary: String
    public var image: String?
    public var imageAlt: String?
    /// Where `image:` is written, for a diagnostic when it names no file.
    public var imageLocation: SourceLocation?
    public var draft: Bool
    public var slug: String
    /// Where the slug came from, for the duplicate-slug diagnostic.
    public var slugLocation: SourceLocation
    /// The body, shared by copies of the article (see `ArticleBody`).
    let body: ArticleBody
    /// The parsed body; empty once it has been let go.
    public var document: MarkdownDocument {
        body.current ?? MarkdownDocument(html: "", blocks: [], links: [], firstParagraph: nil, placeholderPrefix: "")
    }
    /// File line of the body's first line: cmark's line 1.
    public var bodyLine: Int
    /// True once the body has been let go, over the loader's budget or to its page: a page made
    /// now parses it again from the file.
    public var bodyReleased: Bool { body.current == nil }
    /// The article's fact blocks, in the order of `document.blocks`.
    public var factBlocks: [FactBlock]
    /// Corrections made after publication, oldest first.
    public var corrections: [Correction] = []

    /// Every figure of the article, in order.
    public var facts: [Fact] { factBlocks.flatMap(\.facts) }
}
