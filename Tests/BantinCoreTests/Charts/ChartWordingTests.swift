import Testing
@testable import BantinCore

@Suite("ChartWording")
struct ChartWordingTests {
    @Test("Vietnamese list joining", arguments: [
        ([String](), ""),
        (["A"], "A"),
        (["A", "B"], "A và B"),
        (["A", "B", "C"], "A, B và C"),
    ])
    func list(items: [String], expected: String) {
        #expect(ChartWording.list(items) == expected)
    }

    @Test func noData() {
        #expect(ChartWording.noData("Số hộ") == "Số hộ: chưa có số liệu.")
    }
}
