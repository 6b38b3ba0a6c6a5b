import Testing
@testable import BantinCore

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test func problemsWithoutAFileComeFirstThenByPlace() {
        let a = Diagnostic.error(.yamlSyntax, "z", at: nil)
        let b = Diagnostic.error(.yamlSyntax, "y", at: SourceLocation(file: "a.md", line: 1, column: 1))
        let c = Diagnostic.error(.yamlSyntax, "x", at: SourceLocation(file: "a.md", line: 1, column: 2))
        let d = Diagnostic.error(.yamlSyntax, "w", at: SourceLocation(file: "b.md", line: 1, column: 1))
        #expect([d, c, b, a].sorted() == [a, b, c, d])
    }

    @Test func twoProblemsAtOnePlaceSortByMessageWhateverTheirLength() {
        let long = Diagnostic.error(.unknownKey, "unknown key 'metric' in the schema", at: SourceLocation(file: "s.yaml", line: 1, column: 1, length: 6))
        let short = Diagnostic.error(.missingKey, "the schema has no 'metrics'", at: SourceLocation(file: "s.yaml", line: 1, column: 1, length: 1))
        #expect([long, short].sorted().map(\.message) == [short.message, long.message])
        #expect([short, long].sorted().map(\.message) == [short.message, long.message])
    }

    @Test func errorsSortBeforeWarnings() {
        #expect(Diagnostic.Severity.error < .warning)
        #expect(!(Diagnostic.Severity.warning < .error))
    }

    @Test func theShortFormsSetTheSeverity() {
        #expect(Diagnostic.error(.yamlSyntax, "x", at: nil).severity == .error)
        #expect(Diagnostic.warning(.yamlSyntax, "x", at: nil).severity == .warning)
    }
}
