import Testing
import Yams
@testable import BantinCore

@Suite("YAMLMapping")
struct YAMLMappingTests {
    private func read(_ yaml: String, keys: [String]) -> (mapping: YAMLMapping?, bag: DiagnosticBag) {
        var bag = DiagnosticBag()
        let source = YAMLSource(file: SourceFile(path: "a.yaml", text: yaml))
        guard let node = source.compose(yaml, into: &bag) else { return (nil, bag) }
        let mapping = YAMLMapping(node, source: source, what: "the thing", knownKeys: keys, diagnostics: &bag)
        return (mapping, bag)
    }

    @Test func aScalarIsNotAMapping() {
        let (mapping, bag) = read("chỉ là chữ\n", keys: ["a"])
        #expect(mapping == nil)
        #expect(bag.diagnostics == [.error(.wrongType, "the thing must be a mapping of keys to values",
                                           at: SourceLocation(file: "a.yaml", line: 1, column: 1, length: 10))])
    }

    @Test func readsTextsListsBooleansAndNumbers() {
        var (mapping, bag) = read("a: Lâm Hà\nb: [x, y]\nc: yes\nd: 20\ne: z\n", keys: ["a", "b", "c", "d", "e"])
        let map = mapping!
        #expect(map.text("a", diagnostics: &bag) == "Lâm Hà")
        #expect(map.textList("b", diagnostics: &bag)?.map(\.text) == ["x", "y"])
        #expect(map.textList("e", diagnostics: &bag)?.map(\.text) == ["z"])
        #expect(map.bool("c", diagnostics: &bag) == true)
        #expect(map.integer("d", minimum: 1, diagnostics: &bag) == 20)
        #expect(map.text("missing", diagnostics: &bag) == nil)
        #expect(bag.diagnostics.isEmpty)
    }

    @Test func wrongTypesAreReportedAtTheValue() {
        var (mapping, bag) = read("a: [x]\nc: maybe\nd: 0\ne: null\n", keys: ["a", "c", "d", "e"])
        let map = mapping!
        #expect(map.text("a", diagnostics: &bag) == nil)
        #expect(map.bool("c", diagnostics: &bag) == nil)
        #expect(map.integer("d", minimum: 1, diagnostics: &bag) == nil)
        #expect(map.text("e", diagnostics: &bag) == nil)
        #expect(bag.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" } == [
            "1:4 'a' must be text",
            "2:4 'c' must be true or false, not 'maybe'",
            "3:4 'd' must be a whole number of at least 1",
            "4:4 'e' is empty",
        ])
    }
}
