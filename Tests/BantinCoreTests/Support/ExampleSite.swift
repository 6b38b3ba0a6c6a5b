import Foundation
import Testing
@testable import BantinCore

/// The repository's own example bulletin (site.yaml, content/, themes/), read from disk once.
enum ExampleSite {
    /// Every file of the example site, as the builder sees it.
    static let files: [String: Data] = {
        var files: [String: Data] = [:]
        let root = TestSite.repositoryRoot
        files["site.yaml"] = FileManager.default.contents(atPath: root.appendingPathComponent("site.yaml").path)
        for folder in ["content", "themes"] {
            for (path, data) in TestSite.filesOnDisk(under: root.appendingPathComponent(folder)) {
                files[folder + "/" + path] = data
            }
        }
        return files
    }()

    /// Builds the example site, with `site.yaml` lines replaced as given (for example the theme).
    static func build(siteYAML: String? = nil) -> BuildResult {
        var files = self.files
        if let siteYAML { files["site.yaml"] = Data(siteYAML.utf8) }
        return SiteBuilder(source: MemorySiteSource(files: files)).build()
    }

    static let result = build()

    static var siteYAML: String { String(decoding: files["site.yaml"]!, as: UTF8.self) }

    /// The site.yaml with one key set to a value, added when missing.
    static func siteYAML(setting key: String, to value: String) -> String {
        var lines = siteYAML.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[index] = "\(key): \(value)"
        } else {
            lines.insert("\(key): \(value)", at: 1)
        }
        return lines.joined(separator: "\n")
    }
}
