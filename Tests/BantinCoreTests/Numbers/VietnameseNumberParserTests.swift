import Testing
@testable import BantinCore

@Suite("VietnameseNumberParser")
struct VietnameseNumberParserTests {
    @Test("Vietnamese notation", arguments: [
        ("6.003", 6003.0, 0),
        ("367.486", 367_486, 0),
        ("86,1", 86.1, 1),
        ("1.234,5", 1234.5, 1),
        ("74,2", 74.2, 1),
        ("6003", 6003, 0),
        ("0,5", 0.5, 1),
        ("0", 0, 0),
        ("-0", 0, 0),
        ("-1.200", -1200, 0),
        ("-0,25", -0.25, 2),
        ("  86,10 ", 86.1, 2),
        ("\t12\n", 12, 0),
        ("1.234.567,89", 1_234_567.89, 2),
        ("999.999.999.999.999", 999_999_999_999_999, 0),
        ("007", 7, 0),
        ("12345678", 12_345_678, 0),
    ])
    func parses(text: String, value: Double, fractionDigits: Int) throws {
        let parsed = try VietnameseNumberParser.parse(text).get()
        #expect(parsed == WrittenNumber(value: value, fractionDigits: fractionDigits))
    }

    @Test func negativeZeroIsPlainZero() throws {
        let parsed = try VietnameseNumberParser.parse("-0,0").get()
        #expect(parsed.value.sign == .plus)
        #expect(parsed.fractionDigits == 1)
    }

    @Test("bad notation gives its exact error", arguments: [
        ("", NumberNotationError.empty),
        ("   ", .empty),
        ("-", .empty),
        (" - ", .empty),
        ("6.3", .misplacedGroupSeparator("6.3")),
        ("12.34", .misplacedGroupSeparator("12.34")),
        ("1.2345", .misplacedGroupSeparator("1.2345")),
        ("1234.567", .misplacedGroupSeparator("1234.567")),
        (".123", .misplacedGroupSeparator(".123")),
        ("123.", .misplacedGroupSeparator("123.")),
        ("1..234", .misplacedGroupSeparator("1..234")),
        ("1,234.5", .misplacedGroupSeparator("1,234.5")),
        (" -12.34 ", .misplacedGroupSeparator("-12.34")),
        ("1,2,3", .multipleDecimalSeparators("1,2,3")),
        ("1.234,5,6", .multipleDecimalSeparators("1.234,5,6")),
        ("abc", .invalidCharacter("a")),
        ("12a", .invalidCharacter("a")),
        ("1e3", .invalidCharacter("e")),
        ("+5", .invalidCharacter("+")),
        ("--5", .invalidCharacter("-")),
        ("5-", .invalidCharacter("-")),
        ("1 234", .invalidCharacter(" ")),
        ("12%", .invalidCharacter("%")),
        ("١٢", .invalidCharacter("١")),
        ("5,", .invalidCharacter(",")),
        (",5", .invalidCharacter(",")),
        ("-,5", .invalidCharacter(",")),
    ])
    func rejects(text: String, error: NumberNotationError) {
        #expect(VietnameseNumberParser.parse(text) == .failure(error))
    }

    @Test("plain notation", arguments: [
        ("6003", 6003.0, 0),
        ("86.1", 86.1, 1),
        ("-5", -5, 0),
        ("+5", 5, 0),
        ("6.003", 6.003, 3),
        ("92.91", 92.91, 2),
        ("0", 0, 0),
        ("-0", 0, 0),
        (".5", 0.5, 1),
        ("5.", 5, 0),
        (" 12 ", 12, 0),
        ("1000000000000", 1e12, 0),
    ])
    func parsesPlain(text: String, value: Double, fractionDigits: Int) {
        #expect(VietnameseNumberParser.parsePlain(text) == WrittenNumber(value: value, fractionDigits: fractionDigits))
    }

    @Test("plain notation rejects what is not a plain decimal", arguments: [
        "", " ", "-", ".", "1e3", "1E3", "1.5e-2", "0x1F", "1_000", ".inf", ".nan", "abc",
        "6,003", "1.2.3", "--5", "5-", "1 000", "12%",
    ])
    func plainRejects(text: String) {
        #expect(VietnameseNumberParser.parsePlain(text) == nil)
    }
}
