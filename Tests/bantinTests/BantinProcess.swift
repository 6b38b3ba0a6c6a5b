import Foundation
import Testing

/// Runs the built `bantin` executable as a user would, and a few helpers for the sites it builds.
enum BantinProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `bantin` executable next to the test bundle: the first folder above it that holds one.
    static let executable: URL? = {
        let starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])]
            + Bundle.allBundles.map(\.bundleURL)
        let manager = FileManager.default
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("bantin")
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                   manager.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// Runs `bantin` with `arguments` in `directory`, colour off as in a pipe; help is not wrapped.
    static func run(_ arguments: [String], in directory: URL? = nil, executable other: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try other ?? #require(executable, "no bantin executable next to the tests; build with --build-tests")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "200"
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// `Tests/Fixtures/`, found from this file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository root, whose site.yaml, content/ and themes/ are the example bulletin.
    static let repositoryRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent()
}

/// A temporary folder, removed when the test is done with it.
final class TemporarySite {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bantin-cli-tests-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A copy of `Tests/Fixtures/<name>/` without its `expected.txt`.
    convenience init(fixture name: String) throws {
        try self.init()
        let source = BantinProcess.fixtures.appendingPathComponent(name)
        let manager = FileManager.default
        for name in try manager.contentsOfDirectory(atPath: source.path) where name != "expected.txt" {
            try manager.copyItem(at: source.appendingPathComponent(name), to: url.appendingPathComponent(name))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func copy(_ fixturePath: String, to path: String) throws {
        let target = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BantinProcess.fixtures.appendingPathComponent(fixturePath), to: target)
    }

    /// Every entry under `folder`, sorted.
    func listing(_ folder: String = "") -> [String] {
        let base = folder.isEmpty ? url : url.appendingPathComponent(folder)
        return ((try? FileManager.default.subpathsOfDirectory(atPath: base.path)) ?? []).sorted()
    }

    /// Every regular file under `folder`: relative path → its bytes and modification date.
    func snapshot(_ folder: String) -> [String: FileState] {
        var files: [String: FileState] = [:]
        let manager = FileManager.default
        let base = url.appendingPathComponent(folder)
        for path in listing(folder) {
            let full = base.appendingPathComponent(path).path
            guard let attributes = try? manager.attributesOfItem(atPath: full),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files[path] = FileState(contents: manager.contents(atPath: full) ?? Data(),
                                    modified: attributes[.modificationDate] as? Date)
        }
        return files
    }

    struct FileState: Equatable {
        var contents: Data
        var modified: Date?
    }
}
