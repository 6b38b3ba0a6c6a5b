import Testing
@testable import BantinCore

@Suite("Gazetteer")
struct GazetteerTests {
    let gazetteer = TestSite.gazetteer

    private func path(_ reference: String) -> String? {
        (try? gazetteer.resolve(reference).get()).map { gazetteer[$0].path }
    }

    @Test("resolves a path or a unique id", arguments: [
        ("lam-dong/lam-ha", "lam-dong/lam-ha"),
        ("lam-dong/lam-ha/da-don", "lam-dong/lam-ha/da-don"),
        ("da-don", "lam-dong/lam-ha/da-don"),
        ("lam-ha", "lam-dong/lam-ha"),
        ("/lam-dong/lam-ha/", "lam-dong/lam-ha"),
        (" lam-dong ", "lam-dong"),
        ("lai-chau", "lai-chau"),
        ("lai-chau/lai-chau", "lai-chau/lai-chau"),
    ])
    func resolves(reference: String, expected: String) {
        #expect(path(reference) == expected)
    }

    @Test func anIdOfSeveralUnitsIsAmbiguous() {
        #expect(gazetteer.resolve("tan-thanh") == .failure(.ambiguous(candidates: [
            "lam-dong/duc-trong/tan-thanh", "lam-dong/lam-ha/tan-thanh",
        ])))
    }

    @Test("an unknown reference suggests the nearest", arguments: [
        ("lam-dong/lam-haa", "lam-dong/lam-ha" as String?),
        ("lam-ha/da-don", "lam-dong/lam-ha/da-don"),
        ("da-donn", "da-don"),
        ("ha-noi", nil),
    ])
    func unknown(reference: String, suggestion: String?) {
        #expect(gazetteer.resolve(reference) == .failure(.unknown(suggestion: suggestion)))
    }

    @Test func lineageGoesFromTheProvinceDown() {
        let index = gazetteer.index(ofPath: "lam-dong/lam-ha/da-don")!
        #expect(gazetteer.lineage(of: index).map { gazetteer[$0].path } == ["lam-dong", "lam-dong/lam-ha", "lam-dong/lam-ha/da-don"])
        #expect(gazetteer.lineage(of: 0) == [0])
    }

    @Test func indexOfPathIsExact() {
        #expect(gazetteer.index(ofPath: "lam-dong/lam-ha") == 1)
        #expect(gazetteer.index(ofPath: "lam-ha") == nil)
    }
}
