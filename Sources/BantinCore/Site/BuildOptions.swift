/// Choices made on the command line rather than in `site.yaml`.
public struct BuildOptions: Sendable {
    /// Include articles marked `draft: true`.
    public var drafts: Bool

    public init(drafts: Bool = false) {
        self.drafts = drafts
    }
}
