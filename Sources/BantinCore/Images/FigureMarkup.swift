import BantinMarkdown

/// Writes a picture's markup from its facts: the `<img>` with its size and smaller copies,
/// in a `<figure>` with the title as its caption when the picture is a paragraph of its own.
public struct FigureMarkup: Sendable, Equatable {
    /// A smaller copy, as the page links to it.
    public struct Source: Sendable, Equatable {
        public var href: String
        public var width: Int

        public init(href: String, width: Int) {
            self.href = href
            self.width = width
        }
    }

    public var src: String
    public var alt: String
    public var caption: String
    /// Nil when the picture's size is not known (another site's picture, or a build without an image library).
    public var size: ImageSize?
    public var variants: [Source]
    /// Pictures below the fold load when the reader comes near them; the article's own picture at once.
    public var lazy: Bool

    public init(src: String, alt: String, caption: String = "", size: ImageSize? = nil, variants: [Source] = [], lazy: Bool = true) {
        self.src = src
        self.alt = alt
        self.caption = caption
        self.size = size
        self.variants = variants
        self.lazy = lazy
    }

    /// The `<img>` element alone. `src` and the copies' links are URLs, escaped here.
    public var image: String {
        var html = "<img src=\"\(MarkdownDocument.escapeAttribute(src))\" alt=\"\(MarkdownDocument.escapeText(alt))\""
        if let size { html += " width=\"\(size.width)\" height=\"\(size.height)\"" }
        if lazy { html += " loading=\"lazy\"" }
        html += " decoding=\"async\""
        if let size, !variants.isEmpty {
            // The original is the widest candidate; a comma in a URL would end its candidate early.
            let candidates = variants.map { ($0.href, $0.width) } + [(src, size.width)]
            let srcset = candidates.map { Self.candidateURL($0.0) + " \($0.1)w" }.joined(separator: ", ")
            html += " srcset=\"\(srcset)\" sizes=\"\(ImagePlan.sizes)\""
        }
        return html + ">"
    }

    /// The picture as a figure, with a caption when it has a title.
    public var figure: String {
        let caption = caption.isEmpty ? "" : "<figcaption>\(MarkdownDocument.escapeText(caption))</figcaption>"
        return "<figure>\(image)\(caption)</figure>"
    }

    private static func candidateURL(_ href: String) -> String {
        MarkdownDocument.escapeAttribute(href).replacingOccurrences(of: ",", with: "%2C")
    }
}
