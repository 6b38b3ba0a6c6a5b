import Testing
@testable import BantinCore

@Suite("LocalityReference")
struct LocalityReferenceTests {
    let place = SourceLocation(file: "content/articles/2023/lam-ha.md", line: 4, column: 11, length: 9)

    @Test func unknownWithASuggestion() {
        let diagnostic = LocalityReference.diagnostic(for: .unknown(suggestion: "lam-dong/lam-ha"), reference: "lam-ha-x", at: place)
        #expect(diagnostic == .error(.unknownLocality, "unknown locality 'lam-ha-x'", at: place, hint: "did you mean 'lam-dong/lam-ha'?"))
    }

    @Test func unknownWithoutASuggestion() {
        let diagnostic = LocalityReference.diagnostic(for: .unknown(suggestion: nil), reference: "ha-noi", at: place)
        #expect(diagnostic == .error(.unknownLocality, "unknown locality 'ha-noi'", at: place,
                                     hint: "write its path like 'lam-dong/lam-ha', or add a smaller unit to content/localities.yaml"))
    }

    @Test func ambiguousNamesEveryCandidate() {
        let diagnostic = LocalityReference.diagnostic(for: .ambiguous(candidates: ["a/x", "b/x", "c/x"]), reference: "x", at: place)
        #expect(diagnostic == .error(.ambiguousLocality, "locality 'x' is ambiguous", at: place,
                                     notes: [.init("could be 'a/x'"), .init("could be 'b/x'"), .init("could be 'c/x'")],
                                     hint: "write its full path: 'a/x' or 'b/x' or 'c/x'"))
    }

    @Test func anArticleOf2026NamingAnAbolishedDistrictGetsItsSuccessors() {
        let (article, diagnostics) = TestSite.parse(TestSite.article(date: "2026-02-01", locality: "lam-dong/lam-ha"))
        #expect(article == nil)
        #expect(diagnostics == [.error(.localityOutOfEra,
            "huyện Lâm Hà ended on 01/07/2025; its communes now belong to tỉnh Lâm Đồng: lam-dong/nam-ban-lam-ha, lam-dong/dinh-van-lam-ha, "
                + "lam-dong/phu-son-lam-ha, lam-dong/nam-ha-lam-ha, lam-dong/phuc-tho-lam-ha, lam-dong/tan-ha-lam-ha",
            at: SourceLocation(file: TestSite.articlePath, line: 4, column: 11, length: 15),
            hint: "for an article dated from 01/07/2025, write 'lam-dong/nam-ban-lam-ha'; for one about the time before, check its date"
        )])
    }

    @Test func aFactBlocksOwnPeriodDecidesTheEraOfItsFigures() {
        // An article of 2026 about the new Lâm Đồng gives figures of 2024 for the old Lâm Hà.
        let text = TestSite.article(date: "2026-02-01", locality: "lam-dong", body: """
            Số liệu năm 2024.

            ```facts
            locality: lam-dong/lam-ha
            period: 2024
            values:
              propaganda_sessions: 12
            ```

            """)
        let (article, diagnostics) = TestSite.parse(text)
        #expect(diagnostics == [])
        let gazetteer = TestSite.gazetteer
        #expect(article.map { gazetteer[$0.locality].key } == "lam-dong@2025")
        #expect(article?.facts.map { gazetteer[$0.locality].key } == ["lam-dong/lam-ha"])
    }

    @Test func aUnitOfTheOtherEraSaysWhatToWrite() {
        let diagnostic = LocalityReference.diagnostic(for: .outOfEra(message: "huyện Lâm Hà ended on 01/07/2025", hint: "write 'x'"),
                                                      reference: "lam-dong/lam-ha", at: place)
        #expect(diagnostic == .error(.localityOutOfEra, "huyện Lâm Hà ended on 01/07/2025", at: place, hint: "write 'x'"))
    }
}
