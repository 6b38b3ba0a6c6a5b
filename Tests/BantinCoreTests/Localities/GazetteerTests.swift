import Testing
@testable import BantinCore

@Suite("Gazetteer")
struct GazetteerTests {
    let gazetteer = TestSite.gazetteer
    static let before = ArticleDate(year: 2023, month: 5, day: 26)
    static let after = ArticleDate(year: 2026, month: 3, day: 2)

    private func path(_ reference: String, on date: ArticleDate? = before) -> String? {
        (try? gazetteer.resolve(reference, on: date).get()).map { gazetteer[$0].key }
    }

    private func unit(_ key: String) -> Locality { gazetteer[gazetteer.index(ofKey: key)!] }

    @Test("resolves a path or a unique id of the date's era", arguments: [
        ("lam-dong/lam-ha", "lam-dong/lam-ha"),
        ("lam-dong/lam-ha/da-don", "lam-dong/lam-ha/da-don"),
        ("/lam-dong/lam-ha/", "lam-dong/lam-ha"),
        (" lam-dong ", "lam-dong"),
        ("lai-chau/lai-chau", "lai-chau/lai-chau"),
        ("dinh-van-lam-ha", nil),
    ])
    func resolvesBefore(reference: String, expected: String?) {
        #expect(path(reference) == expected)
    }

    @Test func theDatePicksTheEra() {
        #expect(path("lam-dong") == "lam-dong")
        #expect(path("lam-dong", on: Self.after) == "lam-dong@2025")
        #expect(path("lam-dong/dinh-van-lam-ha", on: Self.after) == "lam-dong/dinh-van-lam-ha@2025")
        #expect(path("lam-dong", on: ArticleDate(year: 2025, month: 6, day: 30, hour: 23, minute: 59)) == "lam-dong")
        #expect(path("lam-dong", on: ArticleDate(year: 2025, month: 7, day: 1)) == "lam-dong@2025")
    }

    @Test func aQuotedCodeIsReadInTheDatesEraBecauseCodesWereReused() {
        #expect(path("80") == "long-an")
        #expect(path("80", on: Self.after) == "tay-ninh@2025")
        #expect(path("24817") == "lam-dong/bao-loc/loc-tien")
        #expect(path("24871") == "lam-dong/lam-ha/dinh-van")
        #expect(path("24871", on: Self.after) == "lam-dong/dinh-van-lam-ha@2025")
    }

    @Test func countsPerEra() {
        let national = Gazetteer.national.localities
        func count(_ era: Era, depth: Int) -> Int { national.filter { $0.era == era && $0.depth == depth }.count }
        #expect([count(.threeLevel, depth: 0), count(.threeLevel, depth: 1), count(.threeLevel, depth: 2)] == [63, 705, 10_599])
        #expect([count(.twoLevel, depth: 0), count(.twoLevel, depth: 1), count(.twoLevel, depth: 2)] == [34, 3_321, 0])
        #expect(national.count == 63 + 705 + 10_599 + 34 + 3_321)
    }

    @Test func longAnWentIntoTayNinh() {
        let longAn = unit("long-an")
        let tayNinh = unit("tay-ninh@2025")
        #expect(longAn.until == ArticleDate(year: 2025, month: 6, day: 30))
        #expect(longAn.successors == [Succession(unit: tayNinh.index, partial: false)])
        #expect(tayNinh.predecessors.map { gazetteer[$0.unit].key } == ["tay-ninh", "long-an"])
        #expect(tayNinh.code == "80")
        #expect(tayNinh.until == nil)
    }

    @Test func aPartialMergeIsKeptAsPartial() {
        // Phường Ngọc Hà of Hà Nội went in parts into five new wards.
        let ngocHa = unit("ha-noi/ba-dinh/ngoc-ha")
        #expect(ngocHa.successors.count > 1)
        #expect(ngocHa.successors.allSatisfy { $0.partial })
        let baDinh = unit("ha-noi/ba-dinh@2025")
        #expect(baDinh.predecessors.first { $0.unit == ngocHa.index }?.partial == true)
        #expect(baDinh.predecessors.first { gazetteer[$0.unit].name == "Trúc Bạch" }?.partial == false)
    }

    @Test func siblingsThatWouldShareAnIdTakeTheirKind() {
        let ids = gazetteer.localities.filter { $0.era == .threeLevel && $0.parent != nil }
        #expect(Set(ids.map(\.key)).count == ids.count)
        #expect(unit("lai-chau/lai-chau").kind == "thành phố")
    }

    @Test func aDistrictNamedAfterTheChangeoverSaysWhereItsCommunesWent() {
        guard case .failure(.outOfEra(let message, let hint)) = gazetteer.resolve("lam-dong/lam-ha", on: Self.after) else {
            Issue.record("expected an era error")
            return
        }
        #expect(message.hasPrefix("huyện Lâm Hà ended on 01/07/2025; its communes now belong to tỉnh Lâm Đồng: lam-dong/nam-ban-lam-ha, "))
        #expect(message.contains("lam-dong/dinh-van-lam-ha"))
        #expect(hint == "for an article dated from 01/07/2025, write 'lam-dong/nam-ban-lam-ha'; for one about the time before, check its date")
    }

    @Test func aNewCommuneNamedBeforeItSaysWhatItWasFormedFrom() {
        #expect(gazetteer.resolve("lam-dong/dinh-van-lam-ha", on: Self.before) == .failure(.outOfEra(
            message: "xã Đinh Văn Lâm Hà began on 01/07/2025; it was formed from: lam-dong/lam-ha/dinh-van, lam-dong/lam-ha/tan-van, lam-dong/duc-trong/binh-thanh",
            hint: "for an article dated before 01/07/2025, write 'lam-dong/lam-ha/dinh-van'; for one about the time after, check its date"
        )))
    }

    @Test func withoutADateAUnitOfOneEraIsAnError() {
        #expect(gazetteer.resolve("long-an", on: nil) == .failure(.outOfEra(
            message: "'long-an' names tỉnh Long An, which existed only until 30/06/2025",
            hint: "give the article a 'date:'; the date decides which units it can name"
        )))
        #expect(path("lam-dong", on: nil) == "lam-dong@2025")
    }

    @Test func anAmbiguousIdListsTheArticlesProvinceFirst() {
        let near = gazetteer.index(ofKey: "lam-dong/lam-ha")
        guard case .failure(.ambiguous(let candidates)) = gazetteer.resolve("tan-thanh", on: Self.before, near: near) else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(Array(candidates.prefix(2)) == ["lam-dong/duc-trong/tan-thanh", "lam-dong/lam-ha/tan-thanh"])
        // Tân Thanh and Tân Thành, all over the country, after those of Lâm Đồng.
        #expect(candidates.count > 40)
        #expect(candidates[2] < candidates[3])
    }

    @Test("an unknown reference suggests the nearest by folded spelling, in the province first", arguments: [
        ("lam-dong/lam-haa", "lam-dong/lam-ha" as String?),
        ("Lâm Đồng/Lâm Hà", "lam-dong/lam-ha"),
        ("lam-ha/da-don", "lam-dong/lam-ha/da-don"),
        ("xyzzy-qwerty", nil),
    ])
    func unknown(reference: String, suggestion: String?) {
        #expect(gazetteer.resolve(reference, on: Self.before) == .failure(.unknown(suggestion: suggestion)))
    }

    @Test func aMisspeltIdIsLookedForInTheArticlesProvinceFirst() {
        // "tan-thanhh" is as near to every Tân Thanh of the country; the one in Lâm Đồng wins.
        let near = gazetteer.index(ofKey: "lam-dong/lam-ha/dinh-van")
        #expect(gazetteer.resolve("tan-thanhh", on: Self.before, near: near) == .failure(.unknown(suggestion: "lam-dong/lam-ha/tan-thanh")))
        guard case .failure(.unknown(let elsewhere)) = gazetteer.resolve("tan-thanhh", on: Self.before) else {
            Issue.record("expected an unknown locality")
            return
        }
        #expect(elsewhere?.hasPrefix("lam-dong/") == false)
    }

    @Test func lineageGoesFromTheProvinceDown() {
        let index = gazetteer.index(ofKey: "lam-dong/lam-ha/da-don")!
        #expect(gazetteer.lineage(of: index).map { gazetteer[$0].path } == ["lam-dong", "lam-dong/lam-ha", "lam-dong/lam-ha/da-don"])
        #expect(gazetteer.lineage(of: 0) == [0])
    }

    @Test func keysAreExact() {
        #expect(gazetteer.index(ofKey: "lam-ha") == nil)
        #expect(gazetteer.units(atPath: "lam-dong").map { gazetteer[$0].key } == ["lam-dong", "lam-dong@2025"])
    }
}
