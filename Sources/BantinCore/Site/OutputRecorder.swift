import Foundation
import Synchronization

/// Passes a build's files to the sink, keeping only what the end of the build needs: every
/// path (for the sitemap, the cache and the link check) and, for each link target of every
/// page, the first page that links to it.
///
/// Pages are made, scanned for links and written by the same worker, on every core, so that
/// no core waits for a whole batch to be rendered before writing starts; a page's bytes are
/// let go as soon as they are written.
final class OutputRecorder: Sendable {
    private struct State {
        var paths: [String] = []
        var targets: [String: (page: String, link: String)] = [:]
        var firstFailure: Error?
    }

    private let sink: OutputSink
    private let state = Mutex(State())
    /// Told how many items of a `make` are done, of how many.
    private let progress: (@Sendable (Int, Int) -> Void)?

    init(sink: OutputSink, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.sink = sink
        self.progress = progress
    }

    /// Every path written so far, in the order the slices were made.
    var paths: [String] {
        state.withLock { $0.paths }
    }

    /// The first error of writing, or of a path outside the output folder.
    var failure: Error? {
        state.withLock { $0.firstFailure }
    }

    /// What one worker's share of pages left behind once written.
    private struct Written: Sendable {
        var paths: [String]
        var links: [(page: String, targets: [(String, String)])]
        var diagnostics: [Diagnostic]
    }

    /// Makes the files of every item on every core and writes them as they are made.
    ///
    /// Work goes in slices, so that what is kept of the pages (paths, links) is merged slice by
    /// slice; within a slice, each worker takes a run of items and writes its pages itself.
    func make<Item: Sendable>(_ items: [Item], _ files: @Sendable (Item) -> ([OutputFile], [Diagnostic])) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let done = Counter()
        let total = items.count
        for slice in Parallel.slices(items, size: 2048) {
            let written = Parallel.map(Parallel.slices(slice, size: 16)) { run -> Written in
                var made: [OutputFile] = []
                var problems: [Diagnostic] = []
                for item in run {
                    let (pageFiles, pageProblems) = files(item)
                    made += pageFiles
                    problems += pageProblems
                }
                let result = Written(paths: made.map(\.path), links: self.write(made), diagnostics: problems)
                if let progress = self.progress {
                    progress(done.value.add(run.count, ordering: .relaxed).newValue, total)
                }
                return result
            }
            for part in written {
                record(part)
                diagnostics += part.diagnostics
            }
        }
        return diagnostics
    }

    /// How many items of a `make` are done, counted from every worker.
    private final class Counter: Sendable {
        let value = Atomic(0)
    }

    /// Writes files already made, on every core.
    func emit(_ files: [OutputFile]) {
        _ = make(files) { ([$0], []) }
    }

    private func record(_ written: Written) {
        state.withLock { state in
            state.paths += written.paths
            for (page, found) in written.links {
                for (target, link) in found where state.targets[target] == nil {
                    state.targets[target] = (page, link)
                }
            }
        }
    }

    /// Checks and writes a few files from any thread; returns the link targets of the pages among them.
    private func write(_ files: [OutputFile]) -> [(page: String, targets: [(String, String)])] {
        let links = LinkChecker.targets(files.filter { $0.path.hasSuffix(".html") })
        guard failure == nil else { return links }
        // Paths come from the sources' listings: one like "../x" or "/x" would land outside the output.
        if let outside = files.first(where: { !PathNormalizer.isClean($0.path) }) {
            fail(OutsideOutputFolder(path: outside.path))
            return links
        }
        do {
            try sink.write(files)
        } catch {
            fail(error)
        }
        return links
    }

    private func fail(_ error: Error) {
        state.withLock { state in
            if state.firstFailure == nil { state.firstFailure = error }
        }
    }

    /// A problem for each link target the build did not make, in a stable order.
    func brokenLinks(known extra: Set<String> = []) -> [Diagnostic] {
        let (paths, targets) = state.withLock { ($0.paths, $0.targets) }
        let made = Set(paths).union(extra)
        return targets.filter { !made.contains($0.key) }.sorted { $0.value.page < $1.value.page || ($0.value.page == $1.value.page && $0.value.link < $1.value.link) }
            .map { LinkChecker.problem(page: $0.value.page, link: $0.value.link) }
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
