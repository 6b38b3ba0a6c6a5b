/// Choices made on the command line rather than in `site.yaml`.
public struct BuildOptions: Sendable {
    /// Include articles marked `draft: true`.
    public var drafts: Bool
    /// Rendered article bodies are kept from parsing to rendering while they fit in this many
    /// bytes; beyond it (about 75,000 articles) each body is parsed again from its file
    /// when its page is made, so that memory does not grow with the text of the whole site.
    /// Each kept body is let go as its page is made.
    public var bodyBudget: Int
    /// Told the name of each stage of a full build as it starts ("reading articles",
    /// "writing article pages"…), for `bantin build --timings`.
    public var onStage: (@Sendable (String) -> Void)?
    /// Told how many of the current stage's items (articles read, pages made) are done, of how
    /// many, from any thread, for the progress line of `bantin build` on a terminal.
    public var onProgress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// The time of the build, in seconds since 1970: articles dated after it are warned about
    /// and left out (unless `future`). Nil, as in tests and the preview, publishes every date.
    public var now: Int?
    /// Publish articles dated after `now` too.
    public var future = false
    /// Renders the theme's templates in place of Bantin's own renderer: tests give a reference
    /// implementation of Mustache here, to compare whole sites.
    public var templateEngine: (@Sendable (Theme) -> any TemplateRendering)?
    /// Reads pictures' sizes and makes their smaller copies (libvips, from `BantinImages`).
    /// Without it pictures are published as they are, without size or copies.
    public var images: (any ImageProcessing)?

    public init(drafts: Bool = false, bodyBudget: Int = 768 << 20, onStage: (@Sendable (String) -> Void)? = nil,
                now: Int? = nil, future: Bool = false) {
        self.drafts = drafts
        self.now = now
        self.future = future
        self.bodyBudget = bodyBudget
        self.onStage = onStage
    }

    /// True for an article that waits for its date before it is published.
    func holdsBack(_ date: ArticleDate) -> Bool {
        holdsBack(epochSeconds: date.epochSeconds)
    }

    func holdsBack(epochSeconds: Int) -> Bool {
        guard let now, !future else { return false }
        return epochSeconds > now
    }

    func stage(_ name: String) {
        onStage?(name)
    }

    func progress(_ done: Int, of total: Int) {
        onProgress?(done, total)
    }
}
