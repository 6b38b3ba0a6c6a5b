import Testing
@testable import BantinCore

@Suite("GazetteerParser")
struct GazetteerParserTests {
    /// Parses `text` as content/localities.yaml and formats its diagnostics.
    private func parse(_ text: String) -> (gazetteer: Gazetteer, report: String) {
        var diagnostics = DiagnosticBag()
        let gazetteer = GazetteerParser.parse(SourceFile(path: "content/localities.yaml", text: text), diagnostics: &diagnostics)
        return (gazetteer, diagnostics.sorted.map(DiagnosticFormatter().format).joined())
    }

    @Test func idsAndPathsComeFromNames() {
        let (gazetteer, report) = parse(TestSite.localitiesYAML)
        #expect(report == "")
        #expect(gazetteer.localities.map(\.path) == [
            "lam-dong", "lam-dong/lam-ha", "lam-dong/lam-ha/dinh-van", "lam-dong/lam-ha/nam-ban",
            "lam-dong/lam-ha/da-don", "lam-dong/lam-ha/tan-thanh", "lam-dong/duc-trong", "lam-dong/duc-trong/tan-thanh",
            "lai-chau", "lai-chau/lai-chau", "long-an", "tay-ninh",
        ])
        let daDon = gazetteer[4]
        #expect(daDon.id == "da-don")
        #expect(daDon.name == "Đạ Đờn")
        #expect(daDon.kind == "xã")
        #expect(daDon.depth == 2)
        #expect(daDon.parent == 1)
        #expect(daDon.location == SourceLocation(file: "content/localities.yaml", line: 9, column: 12, length: 4,
                                                 lineText: "        - {name: Đạ Đờn, kind: xã}"))
        #expect(gazetteer[1].children == [2, 3, 4, 5])
        #expect(gazetteer.roots == [0, 8, 10, 11])
    }

    @Test func anExplicitIdReplacesTheSlug() {
        let (gazetteer, report) = parse("""
            - name: Lai Châu
              kind: tỉnh
              children:
                - {name: Lai Châu, kind: thành phố, id: tp-lai-chau}
            """)
        #expect(report == "")
        #expect(gazetteer.localities.map(\.path) == ["lai-chau", "lai-chau/tp-lai-chau"])
    }

    @Test func aKindIsReadWhateverItsCase() {
        let (gazetteer, report) = parse("- {name: Lâm Đồng, kind: Tỉnh}\n")
        #expect(report == "")
        #expect(gazetteer[0].kind == "tỉnh")
    }

    @Test func twoSiblingsWithTheSameIdAreAnError() {
        let (gazetteer, report) = parse("""
            - name: Lâm Đồng
              kind: tỉnh
              children:
                - name: Lâm Hà
                  kind: huyện
                  children:
                    - {name: Tân Hà, kind: xã}
                    - {name: Tân Hạ, kind: xã}
            """)
        #expect(report == """
            content/localities.yaml:8:18: error: 'Tân Hạ' has the id 'tan-ha', like its sibling 'Tân Hà'
                8 |         - {name: Tân Hạ, kind: xã}
                  |                  ^~~~~~
            content/localities.yaml:7:12: note: 'Tân Hà' is here
                7 |         - {name: Tân Hà, kind: xã}
                  |            ^~~~
               hint: give one of them an explicit id, such as 'id: tan-ha-xa'

            """)
        #expect(gazetteer.localities.map(\.path) == ["lam-dong", "lam-dong/lam-ha", "lam-dong/lam-ha/tan-ha"])
    }

    @Test func theSameIdUnderDifferentParentsIsAllowed() {
        let (gazetteer, report) = parse("""
            - name: Lai Châu
              kind: tỉnh
              children:
                - {name: Lai Châu, kind: thành phố}
            """)
        #expect(report == "")
        #expect(gazetteer.localities.map(\.path) == ["lai-chau", "lai-chau/lai-chau"])
    }

    @Test func anUnknownKindWithTheNearestKnownOne() {
        let (_, report) = parse("""
            - name: Lâm Đồng
              kind: tỉnh
              children:
                - {name: Lâm Hà, kind: huyen}
                - {name: Bảo Lộc, kind: thanh pho}
                - {name: Khác, kind: làng}
            """)
        #expect(report == """
            content/localities.yaml:4:28: error: unknown kind 'huyen' of Lâm Hà
                4 |     - {name: Lâm Hà, kind: huyen}
                  |                            ^~~~~
               hint: did you mean 'huyện'?
            content/localities.yaml:5:29: error: unknown kind 'thanh pho' of Bảo Lộc
                5 |     - {name: Bảo Lộc, kind: thanh pho}
                  |                             ^~~~~~~~~
               hint: did you mean 'thành phố'?
            content/localities.yaml:6:26: error: unknown kind 'làng' of Khác
                6 |     - {name: Khác, kind: làng}
                  |                          ^~~~
               hint: known kinds: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu

            """)
    }

    @Test func aMissingNameOrKind() {
        let (_, report) = parse("- {kind: tỉnh}\n- {name: Lâm Đồng}\n")
        #expect(report == """
            content/localities.yaml:1:3: error: a locality has no 'name'
                1 | - {kind: tỉnh}
                  |   ^
               hint: add 'name: …'
            content/localities.yaml:2:3: error: a locality has no 'kind'
                2 | - {name: Lâm Đồng}
                  |   ^
               hint: add 'kind: …'

            """)
    }

    @Test func anUnknownKeyOfALocality() {
        let (_, report) = parse("- {name: Lâm Đồng, kind: tỉnh, chidren: []}\n")
        #expect(report == """
            content/localities.yaml:1:32: error: unknown key 'chidren' in a locality
                1 | - {name: Lâm Đồng, kind: tỉnh, chidren: []}
                  |                                ^~~~~~~
               hint: did you mean 'children'?

            """)
    }

    @Test func untilAndMergedIntoAreResolvedAfterTheWholeFile() {
        let (gazetteer, report) = parse(TestSite.localitiesYAML)
        #expect(report == "")
        let longAn = gazetteer[10]
        #expect(longAn.name == "Long An")
        #expect(longAn.until == ArticleDate(year: 2025, month: 6, day: 30))
        #expect(longAn.mergedInto == 11)
        #expect(gazetteer[11].name == "Tây Ninh")
        #expect(gazetteer[11].until == nil)
        #expect(gazetteer[11].mergedInto == nil)
    }

    @Test func aBadUntilAndAnUnknownSuccessor() {
        let (_, report) = parse("""
            - name: Long An
              kind: tỉnh
              until: 30/06/2025
              merged_into: tay-ninhh
            - {name: Tây Ninh, kind: tỉnh}
            """)
        #expect(report == """
            content/localities.yaml:3:10: error: 'until' must be a date like 2025-06-30, not '30/06/2025'
                3 |   until: 30/06/2025
                  |          ^~~~~~~~~~
            content/localities.yaml:4:16: error: unknown locality 'tay-ninhh'
                4 |   merged_into: tay-ninhh
                  |                ^~~~~~~~~
               hint: did you mean 'tay-ninh'?

            """)
    }

    @Test func theFileMustBeAList() {
        let (_, report) = parse("name: Lâm Đồng\nkind: tỉnh\n")
        #expect(report == """
            content/localities.yaml:1:1: error: localities.yaml must be a list of provinces
                1 | name: Lâm Đồng
                  | ^
               hint: start each province with '- name: …'

            """)
    }

    @Test func childrenMustBeAList() {
        let (_, report) = parse("- name: Lâm Đồng\n  kind: tỉnh\n  children: Lâm Hà\n")
        #expect(report == """
            content/localities.yaml:3:13: error: 'children' of Lâm Đồng must be a list
                3 |   children: Lâm Hà
                  |             ^~~~~~

            """)
    }

    @Test func anExplicitIdThatIsNotASlug() {
        let (gazetteer, report) = parse("- {name: Lai Châu, kind: tỉnh, id: Lai Chau}\n")
        #expect(report == """
            content/localities.yaml:1:36: error: id 'Lai Chau' is not a slug
                1 | - {name: Lai Châu, kind: tỉnh, id: Lai Chau}
                  |                                    ^~~~~~~~
               hint: use lower case letters, digits and '-', such as 'lai-chau'

            """)
        #expect(gazetteer.localities.map(\.path) == ["lai-chau"])
    }

    @Test func anUntilOutsideTheDatesOfABulletin() {
        let (_, report) = parse("- name: Long An\n  kind: tỉnh\n  until: 9999-12-31\n")
        #expect(report == """
            content/localities.yaml:3:10: error: 'until: 9999-12-31' is outside the dates a bulletin may have
                3 |   until: 9999-12-31
                  |          ^~~~~~~~~~
               hint: check the year; a date lies between 1900-01-01 and 2200-12-31

            """)
    }

    /// An id names a folder of the locality pages, so it has a slug's limit.
    @Test func anIdLongerThanASlugMayBe() {
        let name = String(repeating: "Xã ", count: 67) + "Xã" // "xa-" 67 times and "xa": 203 bytes
        let (gazetteer, report) = parse("- name: \(name)\n  kind: tỉnh\n- {name: Lâm Đồng, id: \(String(repeating: "b", count: 201)), kind: tỉnh}\n")
        #expect(gazetteer.localities.isEmpty)
        #expect(report.hasPrefix("""
            content/localities.yaml:1:9: error: the id made from the name is 203 bytes long, more than the 200 a slug may have
            """))
        #expect(report.contains("   hint: add a shorter 'id:'; a slug names a folder of the output, and a file system allows at most 255 bytes in a name\n"))
        #expect(report.contains("content/localities.yaml:3:24: error: the id is 201 bytes long, more than the 200 a slug may have\n"))
        #expect(report.contains("   hint: write a shorter 'id:'; a slug names"))
    }
}
