import Testing
@testable import BantinCore

@Suite("NationalGazetteer")
struct NationalGazetteerTests {
    /// The generator stores each unit's id so that reading makes no slugs; here every id is
    /// made again by Bantin's own rule: the name's slug, or for a unit whose sibling of the same
    /// era took it first, the slug and its kind's, then a number.
    @Test func everyStoredIdIsWhatTheSlugRuleMakes() {
        var taken = Set<String>()
        var wrong: [String] = []
        for unit in Gazetteer.national.localities {
            let parent = unit.parent.map { Gazetteer.national[$0].path } ?? ""
            let base = VietnameseSlug.make(unit.name)
            var id = base
            if taken.contains("\(unit.era.rawValue) \(parent)/\(id)") {
                let withKind = base + "-" + VietnameseSlug.make(unit.kind)
                id = withKind
                var number = 2
                while taken.contains("\(unit.era.rawValue) \(parent)/\(id)") {
                    id = "\(withKind)-\(number)"
                    number += 1
                }
            }
            taken.insert("\(unit.era.rawValue) \(parent)/\(id)")
            if id != unit.id { wrong.append("\(unit.code ?? "") \(unit.name): \(unit.id), expected \(id)") }
        }
        #expect(wrong == [])
        #expect(taken.count == Gazetteer.national.localities.count)
    }

    @Test func parentsAndPredecessorsAreReadFromLineNumbers() {
        let text = """
        10\t68\t\tlam-dong\tLâm Đồng
        12\t672\t0\tlam-ha\tLâm Hà
        15\t24871\t1\tdinh-van\tĐinh Văn
        20\t68\t\tlam-dong\tLâm Đồng\t0
        25\t24871\t3\tdinh-van-lam-ha\tĐinh Văn Lâm Hà\t2~

        """
        let gazetteer = NationalGazetteer.read(text)
        #expect(gazetteer.localities.map(\.key) == [
            "lam-dong", "lam-dong/lam-ha", "lam-dong/lam-ha/dinh-van", "lam-dong@2025", "lam-dong/dinh-van-lam-ha@2025",
        ])
        #expect(gazetteer.localities.map(\.kind) == ["tỉnh", "huyện", "xã", "tỉnh", "xã"])
        #expect(gazetteer[4].predecessors == [Succession(unit: 2, partial: true)])
        #expect(gazetteer[3].predecessors == [Succession(unit: 0, partial: false)])
        #expect(gazetteer[2].successors == [Succession(unit: 4, partial: true)])
        #expect(gazetteer.units(withCode: "24871") == [2, 4])
        #expect(gazetteer.units(withID: "lam-dong") == [0, 3])
    }

    /// The tables by id and code are made on first use and shared by copies, so a unit a site
    /// adds must be found in its copy and not in the national one.
    @Test func aUnitAddedToACopyIsFoundByIdInThatCopyOnly() {
        let national = Gazetteer.national
        let province = national.index(ofKey: "lam-dong")!
        let lamHa = national.units(withID: "lam-ha")
        #expect(lamHa.map { national[$0].key }.contains("lam-dong/lam-ha"))
        var site = national
        let (added, isNew) = site.add(id: "thon-lam-ha-moi", name: "Lâm Hà Mới", kind: "thôn", parent: province, era: .threeLevel, location: nil)
        #expect(isNew)
        #expect(site.units(withID: "thon-lam-ha-moi") == [added])
        #expect(national.units(withID: "thon-lam-ha-moi") == [])
        #expect(site.units(withID: "lam-ha") == lamHa)
        #expect(site.units(withCode: "68") == national.units(withCode: "68"))
    }
}
