import Foundation
import Synchronization

/// What a build gathers for the search index: the plain text of each article's body, kept as
/// its page is made (the body itself is let go with the page, see `ArticleBody`), and then the
/// documents and files of the index made, which the build cache keeps for the next edit.
final class SearchCollector: Sendable {
    private struct State {
        var texts: [String: String] = [:]
        var made: (documents: [(path: String, document: SearchDocument)], files: [String: String])?
    }

    private let state = Mutex(State())

    /// Keeps `text` as the body of the article at `sourcePath`.
    func keep(_ text: String, for sourcePath: String) {
        state.withLock { $0.texts[sourcePath] = text }
    }

    /// The body kept for the article at `sourcePath`, which is let go.
    func take(_ sourcePath: String) -> String? {
        state.withLock { $0.texts.removeValue(forKey: sourcePath) }
    }

    /// Records the index made: its documents by source path, in order, and a hash of each file.
    func record(_ documents: [(path: String, document: SearchDocument)], files: [OutputFile]) {
        let hashes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, StableHash.of($0.contents)) })
        state.withLock { $0.made = (documents, hashes) }
    }

    /// The index made, as the build cache keeps it: each document as its source path and seven
    /// fields (NUL, which ends a field of the cache, read as a space), and each file as its path and hash.
    var cached: (search: [String], files: [String]) {
        state.withLock { state in
            guard let made = state.made else { return ([], []) }
            let search = made.documents.flatMap { path, d in
                [path, d.title, d.url, d.date, d.place, d.about, d.body, d.summary].map { $0.utf8.contains(0) ? $0.replacingOccurrences(of: "\0", with: " ") : $0 }
            }
            return (search, made.files.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        }
    }

    /// The documents a cache keeps, by source path and in order; nil when they do not read back.
    static func documents(_ search: [String]) -> [(path: String, document: SearchDocument)]? {
        guard search.count % 8 == 0 else { return nil }
        return stride(from: 0, to: search.count, by: 8).map { start in
            let f = search[start..<start + 8].map { $0 }
            return (f[0], SearchDocument(title: f[1], url: f[2], date: f[3], place: f[4], about: f[5], body: f[6], summary: f[7]))
        }
    }
}
