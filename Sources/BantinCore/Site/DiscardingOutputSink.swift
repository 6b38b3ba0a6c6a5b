/// Takes a build's files and keeps none: `bantin check` renders every page (templates, links)
/// without holding the whole site in memory.
final class DiscardingOutputSink: OutputSink, Sendable {
    func write(_ files: [OutputFile]) throws {}
}
