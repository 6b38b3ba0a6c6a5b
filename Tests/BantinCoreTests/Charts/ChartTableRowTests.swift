import Testing
@testable import BantinCore

@Suite("ChartTableRow")
struct ChartTableRowTests {
    @Test func linkIsOptional() {
        let row = ChartTableRow(heading: "2022", cells: ["590"])
        #expect(row.href == nil)
        #expect(row.cells == ["590"])
    }
}
