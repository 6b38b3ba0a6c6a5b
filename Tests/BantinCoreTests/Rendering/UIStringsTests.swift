import Testing
@testable import BantinCore

@Suite("UIStrings")
struct UIStringsTests {
    @Test func placeholdersAreFilledInOnePass() {
        let strings = UIStrings(["chart_rise": "{subject} tăng từ {from} ({first}) lên {to} ({last})."])
        let text = strings.format(.chartRise, ["subject": "Số {to}", "from": "1", "first": "2022", "to": "2", "last": "2024"])
        #expect(text == "Số {to} tăng từ 1 (2022) lên 2 (2024).")
    }

    @Test func anUnknownPlaceholderIsLeftAsWritten() {
        #expect(UIStrings(["chart_one": "{subject} {nothing} {"]).format(.chartOne, ["subject": "A"]) == "A {nothing} {")
    }

    @Test("joining a list", arguments: [
        ([String](), ""), (["A"], "A"), (["A", "B"], "A và B"), (["A", "B", "C"], "A, B và C"),
    ])
    func list(items: [String], expected: String) {
        #expect(UIStrings.vietnamese.list(items) == expected)
    }

    @Test func theHedgesAndScaleWordsComeFromTheStrings() {
        let english = UIStrings(["chart_over": "over", "chart_million": "million", "chart_billion": "billion", "chart_trillion": "trillion"])
        #expect(english.text(of: ChartDatum(label: "2024", value: 59_466, approx: .over)) == "over 59.466")
        #expect(english.compact(2_500_000) == "2,5 million")
        #expect(UIStrings.vietnamese.compact(74_200_000_000) == "74,2 tỷ")
        #expect(UIStrings.vietnamese.noData("Số hộ") == "Số hộ: chưa có số liệu.")
    }

    @Test func templateReferencesAreFoundWithTheirPositions() {
        let found = UIStrings.references(in: "<p>{{t.home}}</p>\n{{#t.a_b}}x{{/t.a_b}} {{{ t.raw }}} {{title}}")
        #expect(found.map { "\($0.key) \($0.line):\($0.column)" } == ["home 1:8", "a_b 2:6", "a_b 2:17", "raw 2:29"])
    }
}
