/// The changes of one burst, handed to a rebuild together.
public struct ChangeBatch: Sendable, Equatable {
    /// Site-relative paths, sorted, each once.
    public var paths: [String]
    /// When the first change of the burst was seen: a rebuild is timed from here, as the writer
    /// experiences it from pressing save.
    public var firstSeen: ContinuousClock.Instant

    public init(paths: [String], firstSeen: ContinuousClock.Instant) {
        self.paths = paths
        self.firstSeen = firstSeen
    }
}
