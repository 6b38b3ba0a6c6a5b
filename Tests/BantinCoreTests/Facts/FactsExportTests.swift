import Foundation
import Testing
@testable import BantinCore

@Suite("Open data export")
struct FactsExportTests {
    @Test func csvQuotesFieldsAsRFC4180Says() {
        #expect(FactsExport.quote("Lâm Hà") == "Lâm Hà")
        #expect(FactsExport.quote("a, b") == "\"a, b\"")
        #expect(FactsExport.quote("Chương trình \"Dân vận khéo\"") == "\"Chương trình \"\"Dân vận khéo\"\"\"")
        #expect(FactsExport.quote("hai\ndòng") == "\"hai\ndòng\"")
    }

    @Test func numbersAreWrittenForMachines() {
        #expect(FactsExport.number(6003) == "6003")
        #expect(FactsExport.number(86.1) == "86.1")
        #expect(FactsExport.number(74.2e9) == "74200000000")
        #expect(FactsExport.number(92.91) == "92.91")
    }

    @Test func aSmallSiteExportsItsFactsRowByRow() throws {
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: """
            values:
              cases_solved: {value: 1010, of: 1173, percent: 86.1}
              gift_value: {value: "74,2", scale: billion, note: 'ước tính, cả "quà"'}

            """)])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        let csv = try #require(TestSite.page("du-lieu/facts.csv", of: result))
        let lines = [
            "metric,label,unit,kind,locality,locality_name,period,value,of,percent,approx,parts,note,source,article_title,article_url",
            "cases_solved,Vụ phạm tội được làm rõ,vụ,ratio,lam-dong/lam-ha,Huyện Lâm Hà,2023,1010,1173,86.1,,,,,Lâm Hà tổng kết phong trào,bai-viet/lam-ha-tong-ket-phong-trao/",
            #"gift_value,Giá trị quà tặng,đồng,amount,lam-dong/lam-ha,Huyện Lâm Hà,2023,74200000000,,,,,"ước tính, cả ""quà""",,Lâm Hà tổng kết phong trào,bai-viet/lam-ha-tong-ket-phong-trao/"#,
        ]
        #expect(csv == lines.joined(separator: "\r\n") + "\r\n")
        let json = try #require(TestSite.page("du-lieu/facts.json", of: result))
        let decoded = try JSONDecoder().decode([String: [FactsExport.Row]].self, from: Data(json.utf8))
        #expect(decoded["facts"]?.map(\.metric) == ["cases_solved", "gift_value"])
        #expect(decoded["facts"]?.first?.percent == 86.1)
    }

    @Test func theExampleBulletinExportsEachFactExactlyOnce() throws {
        let result = ExampleSite.result
        #expect(result.succeeded)
        let csv = try #require(TestSite.page("du-lieu/facts.csv", of: result))
        let rows = csv.split(separator: "\r\n").dropFirst()
        // One fact per metric, locality and period: the same key never appears twice.
        let keys = rows.map { row -> String in
            let fields = row.split(separator: ",", maxSplits: 7, omittingEmptySubsequences: false)
            return "\(fields[0])|\(fields[4])|\(fields[6])"
        }
        #expect(Set(keys).count == keys.count)
        // Every figure of every article is there.
        var written = 0
        for (path, data) in ExampleSite.files where path.hasPrefix("content/articles/") {
            let text = String(decoding: data, as: UTF8.self)
            written += text.components(separatedBy: "```facts").dropFirst().map { block in
                block.components(separatedBy: "```").first!.components(separatedBy: "\n").filter {
                    $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.contains(":")
                }.count
            }.reduce(0, +)
        }
        #expect(rows.count == written)
        #expect(csv.contains(",cases_solved,") || csv.contains("\ncases_solved,Vụ phạm tội được làm rõ,vụ,ratio,lam-dong,Tỉnh Lâm Đồng,2024,1010,1173,86.1,"))
        #expect(csv.contains("festival_sites,") && csv.contains(",1297,,,,commune=1100;district=173;provincial=24,"))
    }
}
