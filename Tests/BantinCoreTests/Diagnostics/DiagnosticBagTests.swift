import Testing
@testable import BantinCore

@Suite("DiagnosticBag")
struct DiagnosticBagTests {
    @Test func sortedOrdersByFileLineAndColumnAndDropsDuplicates() {
        var bag = DiagnosticBag()
        bag.error("c", at: SourceLocation(file: "content/b.md", line: 2, column: 1))
        bag.error("b", at: SourceLocation(file: "content/a.md", line: 10, column: 5))
        bag.error("a", at: SourceLocation(file: "content/a.md", line: 10, column: 5))
        bag.error("d", at: SourceLocation(file: "content/a.md", line: 9, column: 30))
        bag.error("c", at: SourceLocation(file: "content/b.md", line: 2, column: 1))
        bag.error("site.yaml is missing", at: nil)
        #expect(bag.sorted.map(\.message) == ["site.yaml is missing", "d", "a", "b", "c"])
        #expect(bag.errorCount == 6)
    }

    @Test func warningsAreNotErrors() {
        var bag = DiagnosticBag()
        bag.warning("w", at: nil)
        #expect(!bag.hasErrors)
        #expect(bag.errorCount == 0)
        bag.append(.error("e", at: nil))
        #expect(bag.hasErrors)
        #expect(bag.errorCount == 1)
    }

    @Test func appendingKeepsOrder() {
        var bag = DiagnosticBag()
        bag.append(contentsOf: [.error("1", at: nil), .warning("2", at: nil)])
        bag.append(.error("3", at: nil))
        #expect(bag.diagnostics.map(\.message) == ["1", "2", "3"])
    }
}
