/// What a build makes: the output files (empty when there are errors) and every diagnostic.
public struct BuildResult: Sendable {
    /// Sorted by path, so writing them is deterministic.
    public var files: [OutputFile]
    /// Sorted by file and position.
    public var diagnostics: [Diagnostic]

    /// Whether `files` is the whole site or only the pages that changed.
    public var mode: BuildMode
    /// What the next build can reuse; nil when the build failed.
    public var cache: BuildCache?
    /// The lines of the built site's files, for printing the diagnostics.
    public var lines: SourceLines = .none
    /// Files of the last output that a partial build takes away: pages of an article deleted or
    /// renamed, later pages of a list grown shorter, charts no longer shown.
    public var removed: [String] = []
    /// The parts of the site a partial build rendered again besides article pages (see `OutputUnit`).
    public var rebuiltParts: [String] = []
    /// Why a build given the last build's cache was a full one, for `--timings`.
    public var fullBuildReason: String?

    public init(files: [OutputFile], diagnostics: [Diagnostic], mode: BuildMode = .full, cache: BuildCache? = nil) {
        self.files = files
        self.diagnostics = diagnostics
        self.mode = mode
        self.cache = cache
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var succeeded: Bool { errorCount == 0 }
}
