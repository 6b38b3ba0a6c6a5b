import Foundation
import Testing

/// Golden SVG files under Tests/Fixtures/charts, found from this file's path.
///
/// Located via #filePath rather than SwiftPM resources so the fixtures stay plain
/// files a reviewer can open in a browser. Run with BANTIN_UPDATE_GOLDENS=1 to rewrite
/// them after an intended change, then review the diff.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Charts
        .deletingLastPathComponent()  // BantinCoreTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures/charts", isDirectory: true)

    static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["BANTIN_UPDATE_GOLDENS"] == "1"
    }

    /// Compares `rendered` (plus a final newline) with `<name>.svg`, or rewrites it when updating.
    static func check(_ rendered: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent("\(name).svg")
        let expected = rendered + "\n"
        if isUpdating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try expected.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden \(url.path); run with BANTIN_UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(golden == expected, "golden \(name).svg differs; if intended, rerun with BANTIN_UPDATE_GOLDENS=1",
            sourceLocation: sourceLocation)
    }

    /// Every golden file's name, sorted.
    static func all() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".svg") }
            .sorted()
    }
}
