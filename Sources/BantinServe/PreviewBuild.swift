import BantinCore

/// One build of the preview, as the terminal reports it.
public struct PreviewBuild: Sendable {
    public var result: BuildResult
    /// How long the builder took.
    public var duration: Duration
    /// What changed to cause it; nil for the first build.
    public var batch: ChangeBatch?
    /// From the first change seen to the moment open pages were told to reload: what a writer
    /// waits between saving and seeing the page change, less the browser's own reload.
    public var sinceChange: Duration?

    public init(result: BuildResult, duration: Duration, batch: ChangeBatch? = nil, sinceChange: Duration? = nil) {
        self.result = result
        self.duration = duration
        self.batch = batch
        self.sinceChange = sinceChange
    }
}
