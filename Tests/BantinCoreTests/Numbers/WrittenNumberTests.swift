import Testing
@testable import BantinCore

@Suite("WrittenNumber")
struct WrittenNumberTests {
    @Test("isWhole ignores written digits and looks at the value", arguments: [
        (WrittenNumber(value: 6003, fractionDigits: 0), true),
        (WrittenNumber(value: 6003, fractionDigits: 1), true),
        (WrittenNumber(value: 0, fractionDigits: 0), true),
        (WrittenNumber(value: -1200, fractionDigits: 0), true),
        (WrittenNumber(value: 1e15, fractionDigits: 0), true),
        (WrittenNumber(value: 86.1, fractionDigits: 1), false),
        (WrittenNumber(value: 6.003, fractionDigits: 3), false),
        (WrittenNumber(value: -0.5, fractionDigits: 1), false),
        (WrittenNumber(value: .infinity, fractionDigits: 0), false),
        (WrittenNumber(value: .nan, fractionDigits: 0), false),
    ])
    func isWhole(number: WrittenNumber, expected: Bool) {
        #expect(number.isWhole == expected)
    }

    @Test func equalityComparesValueAndDigits() {
        #expect(WrittenNumber(value: 86.1, fractionDigits: 1) == WrittenNumber(value: 86.1, fractionDigits: 1))
        #expect(WrittenNumber(value: 86.1, fractionDigits: 1) != WrittenNumber(value: 86.1, fractionDigits: 2))
        #expect(Set([WrittenNumber(value: 5, fractionDigits: 0), WrittenNumber(value: 5, fractionDigits: 0)]).count == 1)
    }
}
