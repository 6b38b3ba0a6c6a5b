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
    /// Renders the theme's templates in place of Bantin's own renderer: tests give a reference
    /// implementation of Mustache here, to compare whole sites.
    public var templateEngine: (@Sendable (Theme) -> any TemplateRendering)?

    public init(drafts: Bool = false, bodyBudget: Int = 768 << 20, onStage: (@Sendable (String) -> Void)? = nil) {
        self.drafts = drafts
        self.bodyBudget = bodyBudget
        self.onStage = onStage
    }

    func stage(_ name: String) {
        onStage?(name)
    }
}
