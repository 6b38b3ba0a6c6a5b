/// What a build makes: the output files (empty when there are errors) and every diagnostic.
public struct BuildResult: Sendable {
    /// Sorted by path, so writing them is deterministic.
    public var files: [OutputFile]
    /// Sorted by file and position.
    public var diagnostics: [Diagnostic]

    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var succeeded: Bool { errorCount == 0 }
}
