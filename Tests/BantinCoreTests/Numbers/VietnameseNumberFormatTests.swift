import Testing
@testable import BantinCore

@Suite("VietnameseNumberFormat")
struct VietnameseNumberFormatTests {
    @Test("integer", arguments: [
        (6003, "6.003"),
        (367_486, "367.486"),
        (-1200, "-1.200"),
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (-999, "-999"),
        (1_234_567, "1.234.567"),
        (Int.max, "9.223.372.036.854.775.807"),
        (Int.min, "-9.223.372.036.854.775.808"),
    ])
    func integer(n: Int, expected: String) {
        #expect(VietnameseNumberFormat.integer(n) == expected)
    }

    @Test("decimal", arguments: [
        (86.104, 1, "86,1"),
        (1234.5, 1, "1.234,5"),
        (92.913, 2, "92,91"),
        (5.0, 0, "5"),
        (5, 2, "5,00"),
        (0.125, 2, "0,13"),
        (-0.125, 2, "-0,13"),
        (0.5, 0, "1"),
        (1.5, 0, "2"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (1.005, 2, "1,01"),
        (0.994, 2, "0,99"),
        (0.995, 2, "1,00"),
        (9.96, 1, "10,0"),
        (999_999.5, 0, "1.000.000"),
        (-0.004, 2, "0,00"),
        (-0.4, 0, "0"),
        (0, 1, "0,0"),
        (-0.0, 0, "0"),
        (0.00001, 5, "0,00001"),
        (0.00001, 4, "0,0000"),
        (0.00005, 4, "0,0001"),
        (123_456_789_012_345.6, 1, "123.456.789.012.345,6"),
        (999_999_999_999_999, 0, "999.999.999.999.999"),
        (1e15, 0, "1.000.000.000.000.000"),
        (1e20, 0, "100.000.000.000.000.000.000"),
        (12.5, -1, "13"),
        (.infinity, 0, "∞"),
        (-.infinity, 0, "-∞"),
        (.nan, 0, "NaN"),
    ])
    func decimal(x: Double, fractionDigits: Int, expected: String) {
        #expect(VietnameseNumberFormat.decimal(x, fractionDigits: fractionDigits) == expected)
    }

    @Test("number trims trailing zeros", arguments: [
        (74.2, 2, "74,2"),
        (6003, 2, "6.003"),
        (2.50, 2, "2,5"),
        (0.125, 2, "0,13"),
        (1234.5678, 2, "1.234,57"),
        (1234.5678, 3, "1.234,568"),
        (1234.5678, 0, "1.235"),
        (-0.001, 2, "0"),
        (-2.5, 2, "-2,5"),
        (0, 2, "0"),
        (100, 2, "100"),
    ])
    func number(x: Double, maxFractionDigits: Int, expected: String) {
        #expect(VietnameseNumberFormat.number(x, maxFractionDigits: maxFractionDigits) == expected)
    }

    @Test func numberDefaultsToTwoDigits() {
        #expect(VietnameseNumberFormat.number(3.14159) == "3,14")
    }

    @Test("written keeps the author's digits", arguments: [
        (WrittenNumber(value: 86.1, fractionDigits: 1), "86,1"),
        (WrittenNumber(value: 6003, fractionDigits: 0), "6.003"),
        (WrittenNumber(value: 86.1, fractionDigits: 2), "86,10"),
        (WrittenNumber(value: 6.003, fractionDigits: 3), "6,003"),
        (WrittenNumber(value: -1234.5, fractionDigits: 1), "-1.234,5"),
        (WrittenNumber(value: 0, fractionDigits: 0), "0"),
    ])
    func written(number: WrittenNumber, expected: String) {
        #expect(VietnameseNumberFormat.written(number) == expected)
    }

    @Test("percent", arguments: [
        (86.1, 1, "86,1%"),
        (86.104, 1, "86,1%"),
        (100, 0, "100%"),
        (0, 1, "0,0%"),
        (33.333, 2, "33,33%"),
        (-4.25, 1, "-4,3%"),
        (1234.5, 1, "1.234,5%"),
    ])
    func percent(x: Double, fractionDigits: Int, expected: String) {
        #expect(VietnameseNumberFormat.percent(x, fractionDigits: fractionDigits) == expected)
    }

    @Test("compact", arguments: [
        (950.0, "950"),
        (1000, "1.000"),
        (25_000, "25.000"),
        (2_500_000, "2,5 triệu"),
        (74_200_000_000, "74,2 tỷ"),
        (1_000_000, "1 triệu"),
        (0, "0"),
        (0.5, "0,5"),
        (12.345, "12,35"),
        (999_999, "999.999"),
        (999_999.994, "999.999,99"),
        (999_999.995, "1 triệu"),
        (1_234_567, "1,23 triệu"),
        (999_990_000, "999,99 triệu"),
        (999_995_000, "1 tỷ"),
        (999_999_999, "1 tỷ"),
        (1_500_000_000_000, "1,5 nghìn tỷ"),
        (2e15, "2.000 nghìn tỷ"),
        (-2_500_000, "-2,5 triệu"),
        (-950, "-950"),
        (-0.001, "0"),
    ])
    func compact(x: Double, expected: String) {
        #expect(VietnameseNumberFormat.compact(x) == expected)
    }
}
