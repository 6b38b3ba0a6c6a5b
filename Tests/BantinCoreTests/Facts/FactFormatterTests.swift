import Testing
@testable import BantinCore

@Suite("FactFormatter")
struct FactFormatterTests {
    let schema = TestSite.schema

    private func fact(
        _ metric: String, _ value: Double, digits: Int = 0, scale: NumberScale? = nil, approx: Approximation? = nil,
        of: Double? = nil, percent: WrittenNumber? = nil, parts: [(String, Double)] = []
    ) -> Fact {
        Fact(
            metric: metric, locality: 1, period: .year(2023), written: WrittenNumber(value: value, fractionDigits: digits),
            scale: scale, approx: approx, of: of.map { WrittenNumber(value: $0, fractionDigits: 0) }, percent: percent,
            parts: parts.map { Fact.Part(key: $0.0, value: WrittenNumber(value: $0.1, fractionDigits: 0)) },
            note: nil, source: nil, articlePath: TestSite.articlePath,
            location: SourceLocation(file: TestSite.articlePath, line: 11, column: 3)
        )
    }

    private func value(_ fact: Fact) -> String {
        FactFormatter.value(fact, metric: schema[fact.metric]!)
    }

    @Test func aCount() {
        #expect(value(fact("propaganda_sessions", 6003)) == "6.003 buổi")
        #expect(value(fact("propaganda_attendees", 367_486)) == "367.486 lượt người")
        #expect(value(fact("propaganda_sessions", 0)) == "0 buổi")
    }

    @Test func aHedgedCount() {
        #expect(value(fact("valuable_tips", 2000, approx: .over)) == "trên 2.000 tin")
        #expect(value(fact("valuable_tips", 100, approx: .about)) == "khoảng 100 tin")
        #expect(value(fact("valuable_tips", 50, approx: .under)) == "dưới 50 tin")
    }

    @Test func aRatioWithItsStatedPercent() {
        #expect(value(fact("cases_solved", 1010, of: 1173, percent: WrittenNumber(value: 86.1, fractionDigits: 1))) == "1.010/1.173 vụ (86,1%)")
        #expect(value(fact("cases_solved", 118, of: 127, percent: WrittenNumber(value: 92.91, fractionDigits: 2))) == "118/127 vụ (92,91%)")
    }

    @Test func aRatioWithoutAStatedPercentShowsOneDecimal() {
        #expect(value(fact("cases_solved", 1010, of: 1173)) == "1.010/1.173 vụ (86,1%)")
        #expect(value(fact("cases_solved", 16, of: 16)) == "16/16 vụ (100,0%)")
    }

    @Test func anAmountWithItsScaleWord() {
        #expect(value(fact("gift_value", 74.2, digits: 1, scale: .billion)) == "74,2 tỷ đồng")
        #expect(value(fact("gift_value", 2.5, digits: 1, scale: .million)) == "2,5 triệu đồng")
        #expect(value(fact("gift_value", 350, scale: .thousand)) == "350 nghìn đồng")
        #expect(value(fact("gift_value", 1_500_000)) == "1.500.000 đồng")
    }

    @Test func aPercentage() {
        #expect(value(fact("households_pledged", 86.5, digits: 1)) == "86,5%")
        #expect(value(fact("households_pledged", 100)) == "100%")
    }

    @Test func theDigitsWrittenAreKept() {
        #expect(value(fact("gift_value", 74.2, digits: 2, scale: .billion)) == "74,20 tỷ đồng")
    }

    @Test func partsWithTheirLabelsInSchemaOrder() {
        let festival = fact("festival_sites", 1297, parts: [("provincial", 24), ("district", 173), ("commune", 1100)])
        let parts = FactFormatter.parts(festival, metric: schema["festival_sites"]!)
        #expect(parts.map(\.label) == ["Cấp tỉnh", "Cấp huyện", "Cấp xã"])
        #expect(parts.map(\.value) == ["24", "173", "1.100"])
        #expect(FactFormatter.partsSum(festival) == "24 + 173 + 1.100")
        #expect(value(festival) == "1.297 điểm")
    }

    @Test func percentText() {
        #expect(FactFormatter.percentText(fact("cases_solved", 1010, of: 1173)) == "86,1%")
        #expect(FactFormatter.percentText(fact("cases_solved", 1, of: 3, percent: WrittenNumber(value: 33, fractionDigits: 0))) == "33%")
        #expect(FactFormatter.percentText(fact("propaganda_sessions", 6003)) == nil)
    }
}
