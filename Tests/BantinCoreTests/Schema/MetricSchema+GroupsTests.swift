import Testing
@testable import BantinCore

@Suite("MetricSchema groups")
struct MetricSchemaGroupsTests {
    static func metric(_ id: String, group: String?) -> Metric {
        Metric(id: id, label: id, unit: "lần", kind: .count, group: group, description: nil, parts: [], location: nil)
    }

    let schema = MetricSchema([
        metric("a", group: "Tuyên truyền"), metric("b", group: "An ninh"), metric("c", group: nil), metric("d", group: "Tuyên truyền"),
    ])

    @Test func itemsGoUnderTheirMetricsGroupInTheOrderOfTheirFirstItem() {
        let items = ["b1", "a1", "c1", "d1", "b2", "x1"]
        let groups = schema.grouped(items, other: "Số liệu khác") { String($0.prefix(1)) }
        #expect(groups.map(\.name) == ["An ninh", "Tuyên truyền", "Số liệu khác"])
        #expect(groups.map(\.items) == [["b1", "b2"], ["a1", "d1"], ["c1", "x1"]])
    }

    @Test func nothingGivesNoGroups() {
        #expect(schema.grouped([String](), other: "Khác") { $0 }.isEmpty)
    }
}
