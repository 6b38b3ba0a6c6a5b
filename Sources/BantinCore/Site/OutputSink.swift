/// Where a build puts its files as it makes them.
///
/// A large site's pages do not fit in memory at once: the command line writes each page
/// straight into a staging folder (thrown away if the build fails), tests keep them in memory.
public protocol OutputSink: AnyObject, Sendable {
    /// Takes a few finished files; called from several threads at once, with different files.
    func write(_ files: [OutputFile]) throws
}
