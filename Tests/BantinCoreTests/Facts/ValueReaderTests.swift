import Testing
@testable import BantinCore

/// Each check of a value, through a whole in-memory site: the article's fact block starts on line 10,
/// so its first metric is on line 11.
@Suite("ValueReader")
struct ValueReaderTests {
    // MARK: Values that pass

    @Test("a stated percent that holds at the precision written", arguments: [
        "{value: 1010, of: 1173, percent: 86.1}",
        "{value: 1010, of: 1173, percent: 86}",
        "{value: 1010, of: 1173, percent: 86.10}",
        "{value: 1010, of: 1173, percent: \"86,1\"}",
        "{value: 118, of: 127, percent: 92.91}",
        "{value: 118, of: 127, percent: 92.9}",
        "{value: 16, of: 16, percent: 100}",
        "{value: 0, of: 16, percent: 0}",
    ])
    func percentHolds(value: String) {
        #expect(TestSite.factsReport("values:\n  cases_solved: \(value)\n") == "")
    }

    @Test("values that pass", arguments: [
        "  propaganda_sessions: 6003",
        "  propaganda_sessions: \"6.003\"",
        "  propaganda_sessions: 0",
        "  valuable_tips: {value: 2000, approx: over}",
        "  festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: 1100}}",
        "  festival_sites: {value: 1297, approx: over, parts: {provincial: 24, district: 173, commune: 1000}}",
        "  gift_value: {value: \"74,2\", scale: billion}",
        "  gift_value: 1.5",
        "  households_pledged: 86.5",
        "  households_pledged: 100",
        "  cases_solved: {value: 1010, of: 1173, note: Năm 2023}",
        // Fifteen digits in all, in the metric's unit, is the most a figure may have.
        "  propaganda_sessions: 999999999999999",
        "  propaganda_sessions: \"999.999.999.999.999\"",
        "  gift_value: {value: 999999, scale: billion}",
        "  gift_value: \"0,12345678901234\"",
        "  gift_value: {value: \"1234567,12345678\"}",
        // A scale can make a count whole: 1,5 nghìn is 1.500.
        "  propaganda_sessions: {value: \"1,5\", scale: thousand}",
    ])
    func passes(line: String) {
        #expect(TestSite.factsReport("values:\n\(line)\n") == "")
    }

    // MARK: What a reading holds

    private func facts(_ values: String) throws -> [Fact] {
        let (article, diagnostics) = TestSite.parse(TestSite.article(facts: "values:\n" + values))
        #expect(diagnostics.isEmpty)
        return try #require(article).facts
    }

    @Test func vietnameseNotationIsReadWhenQuoted() throws {
        let facts = try facts("  propaganda_attendees: \"367.486\"\n  gift_value: {value: \"74,2\", scale: billion}\n")
        #expect(facts.map(\.metric) == ["propaganda_attendees", "gift_value"])
        #expect(facts[0].written == WrittenNumber(value: 367_486, fractionDigits: 0))
        #expect(facts[0].value == 367_486)
        #expect(facts[1].written == WrittenNumber(value: 74.2, fractionDigits: 1))
        #expect(facts[1].scale == .billion)
        #expect(facts[1].value == 74_200_000_000)
    }

    @Test func aPlainYAMLNumberIsPlainNotation() throws {
        let facts = try facts("  gift_value: 6.003\n  households_pledged: 86.1\n")
        #expect(facts[0].written == WrittenNumber(value: 6.003, fractionDigits: 3))
        #expect(facts[1].written == WrittenNumber(value: 86.1, fractionDigits: 1))
    }

    @Test func theLongFormKeepsEveryPart() throws {
        let facts = try facts("""
              cases_solved: {value: 1010, of: 1173, percent: 86.1, note: Cả huyện}
              valuable_tips: {value: 2000, approx: over}
              festival_sites: {value: 1297, parts: {commune: 1100, provincial: 24, district: 173}}

            """)
        #expect(facts[0].of == WrittenNumber(value: 1173, fractionDigits: 0))
        #expect(facts[0].percent == WrittenNumber(value: 86.1, fractionDigits: 1))
        #expect(facts[0].note == "Cả huyện")
        #expect(facts[1].approx == .over)
        #expect(facts[2].parts.map(\.key) == ["provincial", "district", "commune"])
        #expect(facts[2].parts.map(\.value.value) == [24, 173, 1100])
    }

    // MARK: Each problem, exactly as printed

    @Test func aDecimalCountInTheLongForm() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: {value: 6.003}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:32: error: 'value: 6.003' is not a whole number [not-whole]
               11 |   propaganda_sessions: {value: 6.003}
                  |                                ^~~~~
               hint: in YAML 6.003 is a decimal; write 6003, or "6.003" in Vietnamese notation

            """)
    }

    @Test func aDecimalCountInTheShortForm() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: 6.003\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: 6.003' is not a whole number [not-whole]
               11 |   propaganda_sessions: 6.003
                  |                        ^~~~~
               hint: in YAML 6.003 is a decimal; write 6003, or "6.003" in Vietnamese notation

            """)
    }

    @Test func aDecimalCountThatIsNoThousandsGroup() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: 6.5\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: 6.5' is not a whole number [not-whole]
               11 |   propaganda_sessions: 6.5
                  |                        ^~~
               hint: 'propaganda_sessions' counts buổi: write a whole number

            """)
    }

    @Test func aNegativeNumber() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: -5\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: -5' is negative [negative-number]
               11 |   propaganda_sessions: -5
                  |                        ^~
               hint: figures of the bulletin are never below zero; write the number without '-'

            """)
    }

    @Test func aNegativeNumberInVietnameseNotation() {
        let report = TestSite.factsReport("values:\n  propaganda_attendees: \"-1.200\"\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:25: error: 'propaganda_attendees: "-1.200"' is negative [negative-number]
               11 |   propaganda_attendees: "-1.200"
                  |                         ^~~~~~~~
               hint: figures of the bulletin are never below zero; write the number without '-'

            """)
    }

    @Test func aRatioWithoutOf() {
        let report = TestSite.factsReport("values:\n  cases_solved: 1010\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:3: error: 'cases_solved' is a ratio but has no 'of' [ratio-without-total]
               11 |   cases_solved: 1010
                  |   ^~~~~~~~~~~~
               hint: write {value: 1010, of: …} with the total it is out of

            """)
    }

    @Test func aRatioWithAPercentButNoOf() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 1010, percent: 86.1}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:3: error: 'cases_solved' is a ratio but has no 'of' [ratio-without-total]
               11 |   cases_solved: {value: 1010, percent: 86.1}
                  |   ^~~~~~~~~~~~
               hint: write {value: 1010, of: …} with the total it is out of

            """)
    }

    @Test func aValueGreaterThanOf() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 1173, of: 1010}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:25: error: 'value: 1173' is greater than 'of: 1010' [part-above-total]
               11 |   cases_solved: {value: 1173, of: 1010}
                  |                         ^~~~
               hint: a ratio counts a part of a total; check that the two numbers are not swapped

            """)
    }

    @Test func anOfThatIsZero() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 0, of: 0}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:32: error: 'of: 0' must be a whole number above zero [bad-total]
               11 |   cases_solved: {value: 0, of: 0}
                  |                                ^

            """)
    }

    @Test func aPercentThatDoesNotMatch() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 1010, of: 1173, percent: 87}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:50: error: percent 87% does not match 1.010/1.173 = 86,10% [percent-mismatch]
               11 |   cases_solved: {value: 1010, of: 1173, percent: 87}
                  |                                                  ^~
               hint: write percent: 86, or check the two counts

            """)
    }

    @Test func aPercentOffInItsLastDigit() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 1010, of: 1173, percent: 86.2}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:50: error: percent 86,2% does not match 1.010/1.173 = 86,10% [percent-mismatch]
               11 |   cases_solved: {value: 1010, of: 1173, percent: 86.2}
                  |                                                  ^~~~
               hint: write percent: 86.1, or check the two counts

            """)
    }

    @Test func aPercentOffInItsSecondDecimal() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 118, of: 127, percent: 92.92}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:48: error: percent 92,92% does not match 118/127 = 92,913% [percent-mismatch]
               11 |   cases_solved: {value: 118, of: 127, percent: 92.92}
                  |                                                ^~~~~
               hint: write percent: 92.91, or check the two counts

            """)
    }

    @Test func aPercentAbove100() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 1010, of: 1173, percent: 186.1}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:50: error: percent 186,1% is outside 0–100 [percent-range]
               11 |   cases_solved: {value: 1010, of: 1173, percent: 186.1}
                  |                                                  ^~~~~

            """)
    }

    @Test func aPercentBelow0() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 1010, of: 1173, percent: -3}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:50: error: percent -3% is outside 0–100 [percent-range]
               11 |   cases_solved: {value: 1010, of: 1173, percent: -3}
                  |                                                  ^~

            """)
    }

    @Test func aPercentMetricAbove100() {
        let report = TestSite.factsReport("values:\n  households_pledged: 120\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:23: error: 'households_pledged: 120' is not a percentage from 0 to 100 [percent-range]
               11 |   households_pledged: 120
                  |                       ^~~

            """)
    }

    @Test func partsThatDoNotAddUp() {
        let report = TestSite.factsReport("values:\n  festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: 1000}}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:40: error: the parts of 'festival_sites' add up to 1.197, not 1.297 [parts-sum]
               11 |   festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: 1000}}
                  |                                        ^
               note: 24 + 173 + 1.000 = 1.197
               hint: check each part, or add 'approx: over' if the parts are not the whole

            """)
    }

    @Test func anUnknownPart() {
        let report = TestSite.factsReport("values:\n  festival_sites: {value: 1297, parts: {provincial: 24, distric: 173, commune: 1100}}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:57: error: unknown part 'distric' of 'festival_sites' [unknown-part]
               11 |   festival_sites: {value: 1297, parts: {provincial: 24, distric: 173, commune: 1100}}
                  |                                                         ^~~~~~~
               hint: did you mean 'district'?

            """)
    }

    @Test func partsOfAMetricWithoutParts() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: {value: 10, parts: {a: 5, b: 5}}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:43: error: 'propaganda_sessions' has no parts in the schema [no-parts]
               11 |   propaganda_sessions: {value: 10, parts: {a: 5, b: 5}}
                  |                                           ^
               hint: add 'parts: {key: Label, …}' to 'propaganda_sessions' in content/schema.yaml

            """)
    }

    @Test func aPartThatIsNotWhole() {
        let report = TestSite.factsReport("values:\n  festival_sites: {value: 10, parts: {provincial: 2.5, district: 7}}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:51: error: 'provincial: 2.5' is not a whole number [not-whole]
               11 |   festival_sites: {value: 10, parts: {provincial: 2.5, district: 7}}
                  |                                                   ^~~
               hint: write a whole number

            """)
    }

    @Test func aMalformedVietnameseNumber() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: \"6.3\"\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: "6.3"' is not a number in Vietnamese notation [number-notation]
               11 |   propaganda_sessions: "6.3"
                  |                        ^~~~~
               hint: in Vietnamese notation '.' groups thousands (6.003) and ',' marks decimals (86,1)

            """)
    }

    @Test func twoDecimalMarks() {
        let report = TestSite.factsReport("values:\n  gift_value: {value: \"1,2,3\", scale: million}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:23: error: 'value: "1,2,3"' is not a number in Vietnamese notation [number-notation]
               11 |   gift_value: {value: "1,2,3", scale: million}
                  |                       ^~~~~~~
               hint: a number has at most one ',' (the decimal mark)

            """)
    }

    @Test func aVietnameseNumberLeftUnquoted() {
        let report = TestSite.factsReport("values:\n  gift_value:\n    value: 74,2\n    scale: billion\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:12:12: error: 'value: 74,2' is not a number in YAML [not-a-number]
               12 |     value: 74,2
                  |            ^~~~
               hint: quote numbers written the Vietnamese way: "74,2"

            """)
    }

    @Test func wordsAreNotANumber() {
        let report = TestSite.factsReport("values:\n  valuable_tips: nhiều\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:18: error: 'valuable_tips: nhiều' is not a number [not-a-number]
               11 |   valuable_tips: nhiều
                  |                  ^~~~~
               hint: write digits, like 6003 or "6.003"

            """)
    }

    @Test func anUnknownScale() {
        let report = TestSite.factsReport("values:\n  gift_value: {value: \"74,2\", scale: ty}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:38: error: unknown scale 'ty' [bad-scale]
               11 |   gift_value: {value: "74,2", scale: ty}
                  |                                      ^~
               hint: write thousand (nghìn), million (triệu) or billion (tỷ)

            """)
    }

    @Test func anUnknownApprox() {
        let report = TestSite.factsReport("values:\n  valuable_tips: {value: 2000, approx: ove}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:40: error: unknown approx 'ove' [unknown-approx]
               11 |   valuable_tips: {value: 2000, approx: ove}
                  |                                        ^~~
               hint: did you mean 'over'?

            """)
    }

    @Test func ofOnACount() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: {value: 5, of: 10}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:35: error: 'of' is only for ratio metrics, and 'propaganda_sessions' is a count [ratio-only]
               11 |   propaganda_sessions: {value: 5, of: 10}
                  |                                   ^~
               hint: make 'propaganda_sessions' kind: ratio in content/schema.yaml, or use a ratio metric

            """)
    }

    @Test func percentOnACount() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: {value: 5, percent: 50}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:35: error: 'percent' states the share of a ratio, and 'propaganda_sessions' is a count [ratio-only]
               11 |   propaganda_sessions: {value: 5, percent: 50}
                  |                                   ^~~~~~~
               hint: use a ratio metric with 'of', or a metric of kind percent

            """)
    }

    @Test func aScaleOnARatio() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: 10, of: 20, scale: thousand}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:44: error: a ratio takes no 'scale' [bad-scale]
               11 |   cases_solved: {value: 10, of: 20, scale: thousand}
                  |                                            ^~~~~~~~

            """)
    }

    @Test func aLongFormWithoutValue() {
        let report = TestSite.factsReport("values:\n  cases_solved: {of: 20}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:17: error: 'cases_solved' has no 'value' [missing-value]
               11 |   cases_solved: {of: 20}
                  |                 ^
               hint: write {value: …} with the number itself

            """)
    }

    @Test func anUnknownKeyInALongForm() {
        let report = TestSite.factsReport("values:\n  valuable_tips: {value: 2000, aprox: over}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:32: error: unknown key 'aprox' in the value of 'valuable_tips' [unknown-key]
               11 |   valuable_tips: {value: 2000, aprox: over}
                  |                                ^~~~~
               hint: did you mean 'approx'?

            """)
    }

    @Test func aListIsNotAValue() {
        let report = TestSite.factsReport("values:\n  valuable_tips: [1, 2]\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:18: error: the value of 'valuable_tips' must be a mapping of keys to values [wrong-type]
               11 |   valuable_tips: [1, 2]
                  |                  ^

            """)
    }

    // MARK: Exact figures, and the decimal comma

    @Test func aCountOfMoreThanFifteenDigitsIsRefusedNotRounded() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: 99999999999999999999999\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: 99999999999999999999999' has more than the 15 digits a figure may have [too-many-digits]
               11 |   propaganda_sessions: 99999999999999999999999
                  |                        ^~~~~~~~~~~~~~~~~~~~~~~
               hint: figures are kept exact up to 15 digits in all, decimals included (999.999.999.999.999); check the digits

            """)
    }

    @Test("sixteen digits are one too many, however they are written", arguments: [
        ("  propaganda_sessions: 1000000000000000", 24, "'propaganda_sessions: 1000000000000000'"),
        ("  propaganda_sessions: \"9.007.199.254.740.993\"", 24, "'propaganda_sessions: \"9.007.199.254.740.993\"'"),
        ("  cases_solved: {value: 1, of: 9007199254740993}", 32, "'of: 9007199254740993'"),
        ("  gift_value: \"0,1234567890123456\"", 15, "'gift_value: \"0,1234567890123456\"'"),
        ("  households_pledged: 86.12345678901234", 23, "'households_pledged: 86.12345678901234'"),
        ("  gift_value: {value: 1000000, scale: billion}", 23, "'value: 1000000' tỷ"),
        ("  festival_sites: {value: 1, approx: over, parts: {provincial: 10000000000000000}}", 64, "'provincial: 10000000000000000'"),
    ])
    func sixteenDigitsAreRefused(line: String, column: Int, quoted: String) {
        let report = TestSite.factsReport("values:\n\(line)\n")
        #expect(report.hasPrefix("content/articles/2023/lam-ha.md:11:\(column): error: \(quoted) has more than the 15 digits a figure may have [too-many-digits]\n"), "\(report)")
    }

    /// What was written is what the card, the CSV and the JSON show, at the largest figure allowed.
    @Test func theLargestFiguresReadTheSameOnTheCardInTheCSVAndInTheJSON() throws {
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: """
            values:
              propaganda_sessions: "999.999.999.999.999"
              gift_value: {value: "999.999,999999999", scale: billion}
              households_pledged: "99,9999999999999"

            """)]))
        #expect(TestSite.report(result) == "")
        let page = try #require(TestSite.page("bai-viet/lam-ha-tong-ket-phong-trao/index.html", of: result))
        #expect(page.contains("999.999.999.999.999 buổi"))
        #expect(page.contains("999.999,999999999 tỷ đồng"))
        #expect(page.contains("99,9999999999999%"))
        let csv = try #require(TestSite.page("du-lieu/facts.csv", of: result))
        let json = try #require(TestSite.page("du-lieu/facts.json", of: result))
        for number in ["999999999999999", "999999999999999", "99.9999999999999"] {
            #expect(csv.contains(",\(number),"), "\(number) in \(csv)")
        }
        #expect(json.contains(#""metric":"propaganda_sessions","# ) && json.contains(#""value":999999999999999}"#))
        #expect(json.contains(#""value":99.9999999999999}"#))
        #expect(json.components(separatedBy: #""value":999999999999999}"#).count == 3)
    }

    /// 74,2 × 10^9 in binary is 74199999999.99998 or 74200000000.00002 depending on the digits;
    /// shifted in decimal it is the figure written.
    @Test("a scale shifts the digits exactly", arguments: [
        ("\"74,2\"", NumberScale.billion, 74_200_000_000.0),
        ("\"0,3\"", .million, 300_000),
        ("\"1,1\"", .thousand, 1_100),
        ("\"8,7\"", .billion, 8_700_000_000),
        ("\"123,456789\"", .billion, 123_456_789_000),
    ])
    func aScaleShiftsTheDigitsExactly(value: String, scale: NumberScale, expected: Double) throws {
        let facts = try facts("  gift_value: {value: \(value), scale: \(scale.rawValue)}\n")
        #expect(facts[0].value == expected)
        #expect(FactsExport.number(facts[0].value) == FactsExport.number(expected))
    }

    @Test func aThousandWrittenWithACommaIsExplainedInVietnameseNotation() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: \"1,000\"\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: "1,000"' has a decimal comma, and a count is a whole number [not-whole]
               11 |   propaganda_sessions: "1,000"
                  |                        ^~~~~~~
               hint: in Vietnamese notation ',' marks decimals (1,000 là một; một nghìn viết 1.000): if you mean 1.000, write "1.000" or 1000

            """)
    }

    @Test func aCountWithAZeroDecimalIsExplainedToo() {
        let report = TestSite.factsReport("values:\n  cases_solved: {value: \"12,0\", of: \"1.234,000\"}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:37: error: 'of: "1.234,000"' has a decimal comma, and a count is a whole number [not-whole]
               11 |   cases_solved: {value: "12,0", of: "1.234,000"}
                  |                                     ^~~~~~~~~~~
               hint: in Vietnamese notation ',' marks decimals (1,000 là một; một nghìn viết 1.000): if you mean 1.234.000, write "1.234.000" or 1234000

            """)
        let value = TestSite.factsReport("values:\n  cases_solved: {value: \"12,0\", of: 20}\n")
        #expect(value == """
            content/articles/2023/lam-ha.md:11:25: error: 'value: "12,0"' has a decimal comma, and a count is a whole number [not-whole]
               11 |   cases_solved: {value: "12,0", of: 20}
                  |                         ^~~~~~
               hint: in Vietnamese notation ',' marks decimals (1,000 là một; một nghìn viết 1.000): write "12" or 12

            """)
    }

    @Test func aPartWithADecimalComma() {
        let report = TestSite.factsReport("values:\n  festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: \"1,100\"}}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:81: error: 'commune: "1,100"' has a decimal comma, and a count is a whole number [not-whole]
               11 |   festival_sites: {value: 1297, parts: {provincial: 24, district: 173, commune: "1,100"}}
                  |                                                                                 ^~~~~~~
               hint: in Vietnamese notation ',' marks decimals (1,000 là một; một nghìn viết 1.000): if you mean 1.100, write "1.100" or 1100

            """)
    }

    @Test func aCountWithDecimalsAfterAPointIsRefusedEvenWhenWhole() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: 6.000\n  valuable_tips: 12.0\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: 6.000' is written with decimals, and a count is a whole number [not-whole]
               11 |   propaganda_sessions: 6.000
                  |                        ^~~~~
               hint: in YAML 6.000 is a decimal; write 6000, or "6.000" in Vietnamese notation
            content/articles/2023/lam-ha.md:12:18: error: 'valuable_tips: 12.0' is written with decimals, and a count is a whole number [not-whole]
               12 |   valuable_tips: 12.0
                  |                  ^~~~
               hint: write 12 without decimals

            """)
    }

    @Test func anUnquotedThousandWithACommaIsNotANumberAndTheHintSaysWhy() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: 1,000\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:24: error: 'propaganda_sessions: 1,000' is not a number in YAML [not-a-number]
               11 |   propaganda_sessions: 1,000
                  |                        ^~~~~
               hint: in Vietnamese notation ',' marks decimals (1,000 là một; một nghìn viết 1.000): write "1.000" or 1000

            """)
    }

    @Test func aScaleThatLeavesDecimalsInACount() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: {value: \"1,2345\", scale: thousand}\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:11:32: error: 'value: "1,2345"' nghìn is not a whole number [not-whole]
               11 |   propaganda_sessions: {value: "1,2345", scale: thousand}
                  |                                ^~~~~~~~
               hint: 'propaganda_sessions' counts buổi: write a whole number

            """)
    }

    @Test func decimalsAreFineWhereTheMetricIsNoCount() throws {
        let facts = try facts("  gift_value: \"1,000\"\n  households_pledged: \"12,0\"\n")
        #expect(facts[0].written == WrittenNumber(value: 1, fractionDigits: 3))
        #expect(facts[1].written == WrittenNumber(value: 12, fractionDigits: 1))
    }
}
