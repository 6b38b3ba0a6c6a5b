import Testing
@testable import BantinCore

@Suite("Locality")
struct LocalityTests {
    @Test("title puts the kind first, capitalised", arguments: [
        ("lam-dong", "Tỉnh Lâm Đồng"),
        ("lam-dong/lam-ha", "Huyện Lâm Hà"),
        ("lam-dong/lam-ha/dinh-van", "Thị trấn Đinh Văn"),
        ("lam-dong/lam-ha/da-don", "Xã Đạ Đờn"),
        ("lai-chau/lai-chau", "Thành phố Lai Châu"),
    ])
    func title(path: String, title: String) {
        let gazetteer = TestSite.gazetteer
        #expect(gazetteer[gazetteer.index(ofKey: path)!].title == title)
    }

    @Test func aUnitWithoutKindIsItsName() {
        let locality = Locality(index: 0, id: "x", path: "x", name: "Nơi nào đó", kind: "", parent: nil, children: [], depth: 0,
                                era: .twoLevel, code: nil, predecessors: [], successors: [], location: nil)
        #expect(locality.title == "Nơi nào đó")
        #expect(locality.key == "x@2025")
        #expect(locality.until == nil)
    }
}
