import Testing
@testable import BantinCore

@Suite("GazetteerParser")
struct GazetteerParserTests {
    /// Parses `text` as content/localities.yaml and formats its diagnostics.
    private func parse(_ text: String) -> (gazetteer: Gazetteer, report: String) {
        var diagnostics = DiagnosticBag()
        let gazetteer = GazetteerParser.parse(SourceFile(path: "content/localities.yaml", text: text), diagnostics: &diagnostics)
        return (gazetteer, diagnostics.sorted.map(DiagnosticFormatter(lines: SourceLines(MemorySiteSource(["content/localities.yaml": text]))).format).joined())
    }

    /// Units the file wrote or added, by key.
    private func written(_ gazetteer: Gazetteer) -> [String] {
        gazetteer.localities.filter { $0.location != nil }.map(\.key)
    }

    @Test func nodesNameNationalUnitsAndAddNothing() {
        let (gazetteer, report) = parse("""
            - name: Lâm Đồng
              kind: tỉnh
              children:
                - {name: Lâm Hà, kind: huyện}
            """)
        #expect(report == "")
        #expect(gazetteer.localities.count == Gazetteer.national.localities.count)
        // A path of both eras names both units; its children only the unit that has them.
        #expect(written(gazetteer) == ["lam-dong", "lam-dong/lam-ha", "lam-dong@2025"])
        #expect(gazetteer[gazetteer.index(ofKey: "lam-dong/lam-ha")!].name == "Lâm Hà")
    }

    @Test func smallerUnitsAreAddedBelowANationalOneInItsEra() {
        let (gazetteer, report) = parse("""
            - name: Lâm Đồng
              children:
                - name: Lâm Hà
                  children:
                    - name: Đinh Văn
                      children:
                        - {name: Đạ Nghịt, kind: thôn}
                - name: Đinh Văn Lâm Hà
                  children:
                    - {name: Tổ dân phố 1, id: to-1, kind: tổ dân phố}
            """)
        #expect(report == "")
        let old = gazetteer.localities[Gazetteer.national.localities.count]
        #expect(old.key == "lam-dong/lam-ha/dinh-van/da-nghit")
        #expect(old.title == "Thôn Đạ Nghịt")
        #expect(old.era == .threeLevel)
        #expect(old.depth == 3)
        #expect(old.location == SourceLocation(file: "content/localities.yaml", line: 7, column: 16, length: 4))
        let new = gazetteer[gazetteer.index(ofKey: "lam-dong/dinh-van-lam-ha/to-1@2025")!]
        #expect(new.era == .twoLevel)
        #expect(gazetteer[new.parent!].children.last == new.index)
        #expect(gazetteer.resolve("lam-dong/dinh-van-lam-ha/to-1", on: ArticleDate(year: 2026, month: 1, day: 5)) == .success(new.index))
    }

    @Test func aNameDifferentFromTheNationalOneRenamesTheUnit() {
        let (gazetteer, report) = parse("""
            - name: Lai Châu
              children:
                - {id: lai-chau, name: Lai Châu (thành phố cũ)}
            """)
        #expect(report == "")
        #expect(gazetteer[gazetteer.index(ofKey: "lai-chau/lai-chau")!].title == "Thành phố Lai Châu (thành phố cũ)")
    }

    @Test func aProvinceThatIsNotInTheGazetteer() {
        let (gazetteer, report) = parse("- {name: Lâm Đồngg, kind: tỉnh}\n- {name: Xứ Sở, kind: tỉnh}\n")
        #expect(report == """
            content/localities.yaml:1:10: error: 'Lâm Đồngg' is not a province of the national gazetteer [not-in-gazetteer]
                1 | - {name: Lâm Đồngg, kind: tỉnh}
                  |          ^~~~~~~~~
               hint: did you mean 'Lâm Đồng'?
            content/localities.yaml:2:10: error: 'Xứ Sở' is not a province of the national gazetteer [not-in-gazetteer]
                2 | - {name: Xứ Sở, kind: tỉnh}
                  |          ^~~~~
               hint: the file adds units below the national ones: start from their province, like '- name: Lâm Đồng'

            """)
        #expect(gazetteer.localities.count == Gazetteer.national.localities.count)
    }

    @Test func aUnitAddedTwice() {
        let (_, report) = parse("""
            - name: Lâm Đồng
              children:
                - name: Đinh Văn Lâm Hà
                  children:
                    - {name: Đạ Nghịt, kind: thôn}
                    - {name: Đạ Nghịt, kind: thôn}
            """)
        #expect(report == """
            content/localities.yaml:6:12: error: 'Đạ Nghịt' is written twice under the same parent [duplicate-locality]
                6 |         - {name: Đạ Nghịt, kind: thôn}
                  |            ^~~~
            content/localities.yaml:5:12: note: 'Đạ Nghịt' is here
                5 |         - {name: Đạ Nghịt, kind: thôn}
                  |            ^~~~
               hint: keep one of them, and put all their children under it

            """)
    }

    @Test func aNewUnitNeedsAKind() {
        let (_, report) = parse("- name: Lâm Đồng\n  children:\n    - {name: Lâm Hòa}\n")
        #expect(report == """
            content/localities.yaml:3:14: error: 'Lâm Hòa' is not in the national gazetteer under tỉnh Lâm Đồng, and has no kind [not-in-gazetteer]
                3 |     - {name: Lâm Hòa}
                  |              ^~~~~~~
               hint: to add it, give its kind, such as 'kind: thôn'; to name a national unit, check its spelling

            """)
    }

    @Test func aKindIsReadWhateverItsCase() {
        let (gazetteer, report) = parse("- name: Lâm Đồng\n  children:\n    - name: Đinh Văn Lâm Hà\n      children:\n        - {name: Đạ Nghịt, kind: Thôn}\n")
        #expect(report == "")
        #expect(gazetteer.localities.last?.kind == "thôn")
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
            content/localities.yaml:8:18: error: 'Tân Hạ' has the id 'tan-ha', like its sibling 'Tân Hà' [duplicate-locality]
                8 |         - {name: Tân Hạ, kind: xã}
                  |                  ^~~~~~
            content/localities.yaml:7:12: note: 'Tân Hà' is here
                7 |         - {name: Tân Hà, kind: xã}
                  |            ^~~~
               hint: give one of them an explicit id, such as 'id: tan-ha-xa'

            """)
        #expect(gazetteer.localities.count == Gazetteer.national.localities.count)
    }

    @Test func anUnknownKindWithTheNearestKnownOne() {
        let (_, report) = parse("""
            - name: Lâm Đồng
              kind: tỉnh
              children:
                - {name: Lâm Hà, kind: huyen}
                - {name: Bảo Lộc, kind: thanh pho}
                - {name: Khác, kind: lang}
            """)
        #expect(report == """
            content/localities.yaml:4:28: error: unknown kind 'huyen' of Lâm Hà [unknown-kind]
                4 |     - {name: Lâm Hà, kind: huyen}
                  |                            ^~~~~
               hint: did you mean 'huyện'?
            content/localities.yaml:5:29: error: unknown kind 'thanh pho' of Bảo Lộc [unknown-kind]
                5 |     - {name: Bảo Lộc, kind: thanh pho}
                  |                             ^~~~~~~~~
               hint: did you mean 'thành phố'?
            content/localities.yaml:6:26: error: unknown kind 'lang' of Khác [unknown-kind]
                6 |     - {name: Khác, kind: lang}
                  |                          ^~~~
               hint: did you mean 'làng'?

            """)
    }

    @Test func aMissingName() {
        let (_, report) = parse("- {kind: tỉnh}\n")
        #expect(report == """
            content/localities.yaml:1:3: error: a locality has no 'name' [missing-key]
                1 | - {kind: tỉnh}
                  |   ^
               hint: add 'name: …'

            """)
    }

    @Test func anUnknownKeyOfALocality() {
        let (_, report) = parse("- {name: Lâm Đồng, kind: tỉnh, chidren: []}\n")
        #expect(report == """
            content/localities.yaml:1:32: error: unknown key 'chidren' in a locality [unknown-key]
                1 | - {name: Lâm Đồng, kind: tỉnh, chidren: []}
                  |                                ^~~~~~~
               hint: did you mean 'children'?

            """)
    }

    @Test func untilAndMergedIntoAreNoLongerKeys() {
        let (_, report) = parse("- {name: Long An, until: 2025-06-30}\n")
        #expect(report == """
            content/localities.yaml:1:19: error: unknown key 'until' in a locality [unknown-key]
                1 | - {name: Long An, until: 2025-06-30}
                  |                   ^~~~~
               hint: known keys: name, kind, id, children

            """)
    }

    @Test func theFileMustBeAList() {
        let (_, report) = parse("name: Lâm Đồng\nkind: tỉnh\n")
        #expect(report == """
            content/localities.yaml:1:1: error: localities.yaml must be a list of provinces [wrong-type]
                1 | name: Lâm Đồng
                  | ^
               hint: start each province with '- name: …'

            """)
    }

    @Test func childrenMustBeAList() {
        let (_, report) = parse("- name: Lâm Đồng\n  kind: tỉnh\n  children: Lâm Hà\n")
        #expect(report == """
            content/localities.yaml:3:13: error: 'children' of Lâm Đồng must be a list [wrong-type]
                3 |   children: Lâm Hà
                  |             ^~~~~~

            """)
    }

    @Test func anExplicitIdThatIsNotASlug() {
        let (gazetteer, report) = parse("- {name: Lai Châu, kind: tỉnh, id: Lai Chau}\n")
        #expect(report == """
            content/localities.yaml:1:36: error: id 'Lai Chau' is not a slug [bad-slug]
                1 | - {name: Lai Châu, kind: tỉnh, id: Lai Chau}
                  |                                    ^~~~~~~~
               hint: use lower case letters, digits and '-', such as 'lai-chau'

            """)
        #expect(written(gazetteer) == ["lai-chau", "lai-chau@2025"])
    }

    /// An id names a folder of the locality pages, so it has a slug's limit.
    @Test func anIdLongerThanASlugMayBe() {
        let name = String(repeating: "Xã ", count: 67) + "Xã" // "xa-" 67 times and "xa": 203 bytes
        let (gazetteer, report) = parse("- name: \(name)\n  kind: tỉnh\n- {name: Lâm Đồng, id: \(String(repeating: "b", count: 201)), kind: tỉnh}\n")
        #expect(written(gazetteer) == [])
        #expect(report.hasPrefix("""
            content/localities.yaml:1:9: error: the id made from the name is 203 bytes long, more than the 200 a slug may have [slug-too-long]
            """))
        #expect(report.contains("   hint: add a shorter 'id:'; a slug names a folder of the output, and a file system allows at most 255 bytes in a name\n"))
        #expect(report.contains("content/localities.yaml:3:24: error: the id is 201 bytes long, more than the 200 a slug may have [slug-too-long]\n"))
        #expect(report.contains("   hint: write a shorter 'id:'; a slug names"))
    }
}
