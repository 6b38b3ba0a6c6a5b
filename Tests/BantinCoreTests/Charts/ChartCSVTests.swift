import Foundation
import Testing
@testable import BantinCore

@Suite("A chart's data as CSV")
struct ChartCSVTests {
    @Test func sizesAreWrittenInVietnameseNotation() {
        #expect(ChartCSV.sizeText(1) == "0,1 KB")
        #expect(ChartCSV.sizeText(430) == "0,4 KB")
        #expect(ChartCSV.sizeText(1536) == "1,5 KB")
        #expect(ChartCSV.sizeText(2048) == "2 KB")
        #expect(ChartCSV.sizeText(2090) == "2 KB")
        #expect(ChartCSV.sizeText(10_188) == "9,9 KB")
        #expect(ChartCSV.sizeText(12_800) == "13 KB")
        #expect(ChartCSV.sizeText(1_258_291) == "1,2 MB")
    }

    @Test func theFileIsUTF8WithAByteOrderMarkCRLFAndQuotedFields() {
        let csv = ChartCSV(rows: [
            ChartCSV.Row(metric: "gift_value", label: "Giá trị quà, \"tặng\"", unit: "đồng", period: "2024", locality: "lam-dong",
                         localityName: "Tỉnh Lâm Đồng", approx: "khoảng", value: 74_200_000_000),
            ChartCSV.Row(metric: "cases_solved", label: "Vụ được làm rõ", unit: "vụ", period: "2014-2023", locality: "lam-dong",
                         localityName: "Tỉnh Lâm Đồng", part: "commune", partLabel: "Cấp xã", value: 0.0000001, of: 1173),
        ])
        #expect(Array(csv.data) == [0xEF, 0xBB, 0xBF] + Array(#"""
            metric,label,unit,period,locality,locality_name,part,part_label,approx,value,of\#r
            gift_value,"Giá trị quà, ""tặng""",đồng,2024,lam-dong,Tỉnh Lâm Đồng,,,khoảng,74200000000,\#r
            cases_solved,Vụ được làm rõ,vụ,2014-2023,lam-dong,Tỉnh Lâm Đồng,commune,Cấp xã,,0.0000001,1173\#r

            """#.utf8))
    }
}
