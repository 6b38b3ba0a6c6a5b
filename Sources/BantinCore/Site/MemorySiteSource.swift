import Foundation

/// A site held in memory: path → contents. Tests build whole sites from a dictionary.
public struct MemorySiteSource: SiteSource {
    public var files: [String: Data]

    public init(files: [String: Data]) {
        self.files = files
    }

    public init(_ texts: [String: String]) {
        files = texts.mapValues { Data($0.utf8) }
    }

    public func paths(under prefix: String) -> [String] {
        files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    public func contents(of path: String) -> Data? {
        files[path]
    }
}
