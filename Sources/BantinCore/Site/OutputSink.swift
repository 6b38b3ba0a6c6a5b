/// Where a build puts its files as it makes them.
///
/// A large site's pages do not fit in memory at once: the command line writes each batch
/// straight into a staging folder (thrown away if the build fails), tests keep them in memory.
public protocol OutputSink: AnyObject, Sendable {
    /// Takes a batch of finished files; called from one thread at a time.
    func write(_ files: [OutputFile]) throws
}
