/// Passes a build's batches of files to the sink, keeping only what the end of the build
/// needs: every path (for the sitemap, the cache and the link check) and, for each link
/// target of every page, the first page that links to it.
///
/// Links are resolved as each batch goes by, so a page's bytes are not kept once written.
final class OutputRecorder {
    private let sink: OutputSink
    private(set) var paths: [String] = []
    private var targets: [String: (page: String, link: String)] = [:]
    private(set) var failure: Error?

    init(sink: OutputSink) {
        self.sink = sink
    }

    func emit(_ files: [OutputFile]) {
        guard !files.isEmpty else { return }
        paths += files.map(\.path)
        for (page, found) in Parallel.map(chunks(of: files.filter { $0.path.hasSuffix(".html") }), LinkChecker.targets) .flatMap({ $0 }) {
            for (target, link) in found where targets[target] == nil {
                targets[target] = (page, link)
            }
        }
        guard failure == nil else { return }
        // Paths come from the sources' listings: one like "../x" or "/x" would land outside the output.
        if let outside = files.first(where: { !PathNormalizer.isClean($0.path) }) {
            failure = OutsideOutputFolder(path: outside.path)
            return
        }
        do {
            try sink.write(files)
        } catch {
            failure = error
        }
    }

    /// A problem for each link target the build did not make, in a stable order.
    func brokenLinks(known extra: Set<String> = []) -> [Diagnostic] {
        let made = Set(paths).union(extra)
        return targets.filter { !made.contains($0.key) }.sorted { $0.value.page < $1.value.page || ($0.value.page == $1.value.page && $0.value.link < $1.value.link) }
            .map { LinkChecker.problem(page: $0.value.page, link: $0.value.link) }
    }

    private func chunks(of files: [OutputFile]) -> [[OutputFile]] {
        stride(from: 0, to: files.count, by: 256).map { Array(files[$0..<min(files.count, $0 + 256)]) }
    }
}

/// A file whose path would put it outside the output folder; nothing of the build is written.
struct OutsideOutputFolder: Error, CustomStringConvertible {
    var path: String

    var description: String {
        // A control character (a NUL cuts a path short for the system) is shown as its escape.
        let shown = path.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return "'\(shown)' is not a path inside the output folder"
    }
}
