import Testing
@testable import BantinCore

@Suite("DiagnosticBag")
struct DiagnosticBagTests {
    @Test func sortedOrdersByFileLineAndColumnAndDropsDuplicates() {
        var bag = DiagnosticBag()
        bag.error(.yamlSyntax, "c", at: SourceLocation(file: "content/b.md", line: 2, column: 1))
        bag.error(.yamlSyntax, "b", at: SourceLocation(file: "content/a.md", line: 10, column: 5))
        bag.error(.yamlSyntax, "a", at: SourceLocation(file: "content/a.md", line: 10, column: 5))
        bag.error(.yamlSyntax, "d", at: SourceLocation(file: "content/a.md", line: 9, column: 30))
        bag.error(.yamlSyntax, "c", at: SourceLocation(file: "content/b.md", line: 2, column: 1))
        bag.error(.missingFile, "site.yaml is missing", at: nil)
        #expect(bag.sorted.map(\.message) == ["site.yaml is missing", "d", "a", "b", "c"])
        #expect(bag.errorCount == 6)
    }

    @Test func warningsAreNotErrors() {
        var bag = DiagnosticBag()
        bag.warning(.yamlSyntax, "w", at: nil)
        #expect(!bag.hasErrors)
        #expect(bag.errorCount == 0)
        bag.append(.error(.yamlSyntax, "e", at: nil))
        #expect(bag.hasErrors)
        #expect(bag.errorCount == 1)
    }

    @Test func appendingKeepsOrder() {
        var bag = DiagnosticBag()
        bag.append(contentsOf: [.error(.yamlSyntax, "1", at: nil), .warning(.futureDate, "2", at: nil)])
        bag.append(.error(.yamlSyntax, "3", at: nil))
        #expect(bag.diagnostics.map(\.message) == ["1", "2", "3"])
    }
}
