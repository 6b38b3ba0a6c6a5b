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
        // Digit for digit, never rounded to a fixed number of decimals, never with an exponent.
        #expect(FactsExport.number(0.0000001) == "0.0000001")
        #expect(FactsExport.number(1234567.1234567) == "1234567.1234567")
        #expect(FactsExport.number(999_999_999_999_999) == "999999999999999")
        #expect(FactsExport.number(-0.5) == "-0.5")
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
        // The byte order mark first, so that Excel reads the file as UTF-8.
        #expect(csv == "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n")
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

    /// Each line is read back by an RFC 4180 reader written here, not rebuilt with the code under test:
    /// sixteen fields, the texts as they were, the numbers in plain notation reading back to the same Double.
    @Test func csvRowsAreTheirFieldsQuotedAndJoined() throws {
        var random = SeededRandom(seed: 5)
        for _ in 0..<3000 {
            let row = Self.randomRow(&random)
            let line = String(decoding: FactsExport.csvLine(row), as: UTF8.self)
            let fields = try #require(Self.csvFields(line), "not one RFC 4180 record: \(line.debugDescription)")
            try #require(fields.count == 16, "\(fields.count) fields in \(line.debugDescription)")
            let texts: [(String, String?)] = [
                (fields[0], row.metric), (fields[1], row.label), (fields[2], row.unit), (fields[3], row.kind),
                (fields[4], row.locality), (fields[5], row.localityName), (fields[6], row.period), (fields[10], row.approx),
                (fields[12], row.note), (fields[13], row.source), (fields[14], row.articleTitle), (fields[15], row.articleURL),
            ]
            for (field, text) in texts { #expect(field == (text ?? ""), "\(line.debugDescription)") }
            let numbers: [(String, Double?)] = [(fields[7], row.value), (fields[8], row.of), (fields[9], row.percent)]
            for (field, number) in numbers {
                guard let number else { #expect(field == ""); continue }
                #expect(Self.plainNumber(field) == number, "\(field) for \(number)")
            }
            guard let parts = row.parts else { #expect(fields[11] == ""); continue }
            // key=number, by key, separated by ';': the keys are known, so a key holding ';' or '=' is still read right.
            var rest = Substring(fields[11])
            for (place, (key, value)) in parts.sorted(by: { $0.key < $1.key }).enumerated() {
                if place > 0 { #expect(rest.hasPrefix(";")); rest = rest.dropFirst() }
                try #require(rest.hasPrefix(key + "="), "\(fields[11].debugDescription) at \(key.debugDescription)")
                rest = rest.dropFirst(key.count + 1)
                let digits = rest.prefix { "-.0123456789".contains($0) }
                #expect(Self.plainNumber(String(digits)) == value, "\(digits) for \(value)")
                rest = rest.dropFirst(digits.count)
            }
            #expect(rest.isEmpty)
        }
    }

    /// A number as the CSV writes it: digits, at most one '.', perhaps a leading '-', no exponent.
    static func plainNumber(_ text: String) -> Double? {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), body.filter({ $0 == "." }).count <= 1,
              !body.hasSuffix("."), !(body.contains(".") && body.hasSuffix("0")) else { return nil }
        return Double(text)
    }

    /// The fields of one CSV record ending in CRLF, as RFC 4180 reads them; nil if it is not one.
    /// A field is quoted only when it must be: when it holds a comma, a quote, CR or LF.
    static func csvFields(_ line: String) -> [String]? {
        var bytes = Array(line.utf8)
        guard bytes.suffix(2) == [13, 10] else { return nil }
        bytes.removeLast(2)
        var fields: [String] = []
        var index = 0
        while true {
            var field: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while true {
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(bytes[index])
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.append(bytes[index])
                    index += 1
                }
                guard field.contains(where: { [UInt8(ascii: ","), UInt8(ascii: "\""), 13, 10].contains($0) }) else { return nil }
            } else {
                while index < bytes.count, bytes[index] != UInt8(ascii: ",") {
                    guard ![UInt8(ascii: "\""), 13, 10].contains(bytes[index]) else { return nil }
                    field.append(bytes[index])
                    index += 1
                }
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if index == bytes.count { return fields }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
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
