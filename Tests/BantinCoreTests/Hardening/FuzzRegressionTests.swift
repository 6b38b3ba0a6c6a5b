import Foundation
import Testing
@testable import BantinCore

/// Replays every input the fuzzer (or a review) found a bug with, through the fuzzer's own target.
///
/// Each `Tests/Fixtures/fuzz-regressions/<name>.bin` is a fuzz input (first byte: the parser),
/// and `<name>.expected` beside it is the answer it must get, diagnostics as the command line
/// prints them. Run with `BANTIN_RECORD_FUZZ_REGRESSIONS=1` to write the `.expected` file of a new input.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = TestSite.fixtures.appendingPathComponent("fuzz-regressions")

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".bin") }
        .sorted()

    @Test func theFolderHoldsTheFindings() {
        #expect(Self.inputs.count >= 6)
    }

    @Test(arguments: inputs)
    func anInputEndsInItsExpectedAnswer(_ name: String) throws {
        let input = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let outcome = FuzzTarget.run(Array(input))
        #expect(outcome.violations == [])
        let expectedURL = Self.folder.appendingPathComponent(String(name.dropLast(".bin".count)) + ".expected")
        if ProcessInfo.processInfo.environment["BANTIN_RECORD_FUZZ_REGRESSIONS"] != nil {
            try Data(outcome.transcript.utf8).write(to: expectedURL)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(outcome.transcript == expected)
    }
}
