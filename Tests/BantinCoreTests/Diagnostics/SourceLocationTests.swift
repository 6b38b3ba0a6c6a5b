import Testing
@testable import BantinCore

@Suite("SourceLocation")
struct SourceLocationTests {
    @Test func lengthIsAtLeastOne() {
        #expect(SourceLocation(file: "a", line: 1, column: 1, length: 0).length == 1)
        #expect(SourceLocation(file: "a", line: 1, column: 1, length: -3).length == 1)
    }

    @Test func orderIsFileThenLineThenColumn() {
        let places = [
            SourceLocation(file: "b", line: 1, column: 1),
            SourceLocation(file: "a", line: 2, column: 1),
            SourceLocation(file: "a", line: 1, column: 9),
            SourceLocation(file: "a", line: 1, column: 2),
        ]
        #expect(places.sorted().map { "\($0.file):\($0.line):\($0.column)" } == ["a:1:2", "a:1:9", "a:2:1", "b:1:1"])
    }
}
