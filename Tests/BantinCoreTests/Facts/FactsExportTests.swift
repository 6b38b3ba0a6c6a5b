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
        // One Character each in Swift, but a line break and a comma to a CSV reader.
        #expect(FactsExport.quote("hai\r\ndòng") == "\"hai\r\ndòng\"")
        #expect(FactsExport.quote("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(FactsExport.quote("\"\u{301}") == "\"\"\"\u{301}\"")
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

    /// A row with each optional field present or not, text and numbers of every awkward kind.
    static func randomRow(_ random: inout SeededRandom) -> FactsExport.Row {
        func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &random) ? make() : nil }
        return FactsExport.Row(
            metric: random.text(), label: random.text(), unit: random.text(), kind: random.text(),
            locality: random.text(), localityName: random.text(), period: random.text(),
            value: random.double(), of: maybe { random.double() }, percent: maybe { random.double() },
            approx: maybe { random.text() },
            parts: maybe { Dictionary((0..<Int.random(in: 0...4, using: &random)).map { _ in (random.text(pieces: 3), random.double()) }, uniquingKeysWith: { first, _ in first }) },
            note: maybe { random.text() }, source: maybe { random.text() },
            articleTitle: random.text(), articleURL: random.text()
        )
    }

    @Test func jsonRowsAreWrittenAsJSONEncoderWroteThem() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var random = SeededRandom(seed: 1)
        for _ in 0..<3000 {
            let row = Self.randomRow(&random)
            let expected = (try? encoder.encode(row)) ?? Data("{}".utf8)
            #expect(String(decoding: FactsExport.jsonLine(row), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test func aRowWithANumberJSONCannotHoldIsAnEmptyObject() {
        var random = SeededRandom(seed: 3)
        var row = Self.randomRow(&random)
        row.percent = .nan
        #expect(FactsExport.jsonLine(row) == Array("{}".utf8))
        row.percent = nil
        row.parts = ["a": 1, "b": .infinity]
        #expect(FactsExport.jsonLine(row) == Array("{}".utf8))
    }

    @Test func aJSONRowHasItsKeysSortedAndLeavesOutWhatIsMissing() {
        let row = FactsExport.Row(
            metric: "festival_sites", label: "Điểm", unit: "điểm", kind: "count", locality: "lam-dong", localityName: "Tỉnh Lâm Đồng",
            period: "2024", value: 1297, of: nil, percent: nil, approx: "about",
            parts: ["provincial": 24, "district": 173, "commune": 1100, "Z": 0.5],
            note: nil, source: "Báo cáo \"số 1\"", articleTitle: "Tin </b>", articleURL: "https://example.org/bai-viet/tin/"
        )
        #expect(String(decoding: FactsExport.jsonLine(row), as: UTF8.self) == #"{"approx":"about","article_title":"Tin </b>","article_url":"https://example.org/bai-viet/tin/","kind":"count","label":"Điểm","locality":"lam-dong","locality_name":"Tỉnh Lâm Đồng","metric":"festival_sites","parts":{"Z":0.5,"commune":1100,"district":173,"provincial":24},"period":"2024","source":"Báo cáo \"số 1\"","unit":"điểm","value":1297}"#)
    }

    @Test func csvRowsAreTheirFieldsQuotedAndJoined() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<3000 {
            let row = Self.randomRow(&random)
            let parts = row.parts.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\(FactsExport.number($0.value))" }.joined(separator: ";") }
            let fields: [String?] = [
                row.metric, row.label, row.unit, row.kind, row.locality, row.localityName, row.period,
                FactsExport.number(row.value), row.of.map(FactsExport.number), row.percent.map(FactsExport.number), row.approx, parts,
                row.note, row.source, row.articleTitle, row.articleURL,
            ]
            let expected = fields.map { FactsExport.quote($0 ?? "") }.joined(separator: ",") + "\r\n"
            #expect(String(decoding: FactsExport.csvLine(row), as: UTF8.self) == expected)
        }
    }

    static let randomStrings: [String] = {
        var random = SeededRandom(seed: 13)
        return (0..<150).map { _ in random.text(pieces: 2) }
    }()

    @Test(arguments: [
        ["b", "a", "b", "é", "e\u{301}", "B", "_", "a10", "a9", "", "Đ", "Z", "z"],
        randomStrings,
    ])
    func ranksCompareAsTheStringsDo(strings: [String]) {
        let ranks = FactsExport.ranks(strings)
        for i in strings.indices {
            for j in strings.indices {
                #expect((ranks[i] < ranks[j]) == (strings[i] < strings[j]), "\(strings[i]) \(strings[j])")
                #expect((ranks[i] == ranks[j]) == (strings[i] == strings[j]), "\(strings[i]) \(strings[j])")
            }
        }
    }

    @Test func rowsAreSortedByMetricLocalityAndPeriod() throws {
        let localities = ["lam-dong", "lam-dong/lam-ha", "lam-dong/lam-ha/dinh-van", "lam-dong/lam-ha/nam-ban", "lam-dong/lam-ha/da-don",
                          "lam-dong/duc-trong", "lam-dong/duc-trong/tan-thanh", "lai-chau", "lai-chau/lai-chau", "tay-ninh"]
        let periods = ["2023", "2023-05", "2023-12", "2022-2023", "2019", "2019-2023", "2024-01", "2014-2023"]
        let metrics = ["propaganda_sessions", "valuable_tips", "propaganda_attendees"]
        // Blocks in a shuffled order, each of a locality and period and with every metric.
        var random = SeededRandom(seed: 11)
        let blocks = localities.flatMap { locality in periods.map { (locality, $0) } }.shuffled(using: &random).map { locality, period in
            "```facts\nlocality: \(locality)\nperiod: \(period)\nvalues:\n" + metrics.map { "  \($0): \(Int.random(in: 1...999, using: &random))\n" }.joined() + "```\n"
        }
        let files = TestSite.files(with: [TestSite.articlePath: TestSite.article(body: "Kết quả.\n\n" + blocks.joined(separator: "\n"))])
        let result = TestSite.build(files)
        #expect(TestSite.report(result) == "")
        let json = try #require(TestSite.page("du-lieu/facts.json", of: result))
        let rows = try #require(try JSONDecoder().decode([String: [FactsExport.Row]].self, from: Data(json.utf8))["facts"])
        #expect(rows.count == localities.count * periods.count * metrics.count)
        // Strictly increasing: the order a sort of the rows by these strings gives, whatever sort it is.
        let keys = rows.map { ($0.metric, $0.locality, $0.period) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        #expect(keys.first! == ("propaganda_attendees", "lai-chau", "2014-2023"))
    }
}
