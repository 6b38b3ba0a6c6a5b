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

    @Test("digits written out in full, after the scale", arguments: [
        (WrittenNumber(value: 6003, fractionDigits: 0), nil as NumberScale?, 4),
        (WrittenNumber(value: 86.1, fractionDigits: 1), nil, 3),
        (WrittenNumber(value: 86.1, fractionDigits: 2), nil, 4),
        (WrittenNumber(value: 0.05, fractionDigits: 2), nil, 2),
        (WrittenNumber(value: 0, fractionDigits: 0), nil, 0),
        (WrittenNumber(value: 74.2, fractionDigits: 1), .billion, 11),
        (WrittenNumber(value: 0.5, fractionDigits: 1), .thousand, 3),
        (WrittenNumber(value: 1.2345, fractionDigits: 4), .thousand, 5),
        (WrittenNumber(value: 999_999_999_999_999, fractionDigits: 0), nil, 15),
        (WrittenNumber(value: 1e23, fractionDigits: 0), nil, 24),
    ])
    func digitCount(number: WrittenNumber, scale: NumberScale?, digits: Int) {
        #expect(number.digitCount(scale: scale) == digits)
    }

    @Test func aNumberThatIsNotFiniteHasNoDigitCount() {
        #expect(WrittenNumber(value: .infinity, fractionDigits: 0).digitCount() == nil)
    }
}
