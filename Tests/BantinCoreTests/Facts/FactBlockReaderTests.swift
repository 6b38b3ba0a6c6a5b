import Testing
@testable import BantinCore

/// Fact blocks through whole in-memory sites. In `TestSite.article(facts:)` the fence is line 9
/// and the block's YAML starts on line 10.
@Suite("FactBlockReader")
struct FactBlockReaderTests {
    // MARK: What a block gives

    @Test func aBlockTakesItsOwnLocalityPeriodAndSource() throws {
        let text = TestSite.article(facts: """
            locality: da-don
            period: 2024-05
            source: Báo cáo tổng kết
            values:
              propaganda_sessions: 6003
              valuable_tips: 20

            """)
        let (article, diagnostics) = TestSite.parse(text)
        #expect(diagnostics.isEmpty)
        let block = try #require(article?.factBlocks.first)
        let gazetteer = TestSite.gazetteer
        #expect(gazetteer[block.locality].path == "lam-dong/lam-ha/da-don")
        #expect(block.period == .month(2024, 5))
        #expect(block.source == "Báo cáo tổng kết")
        #expect(block.facts.map(\.metric) == ["propaganda_sessions", "valuable_tips"])
        #expect(block.facts.allSatisfy { $0.locality == block.locality && $0.period == block.period && $0.source == "Báo cáo tổng kết" })
        #expect(block.facts.allSatisfy { $0.articlePath == TestSite.articlePath })
    }

    @Test func aFactIsPlacedAtItsMetric() throws {
        let article = try #require(TestSite.parse(TestSite.article(facts: "values:\n  propaganda_sessions: 6003\n")).article)
        #expect(article.facts[0].location == SourceLocation(file: TestSite.articlePath, line: 11, column: 3, length: 19))
    }

    @Test func blocksAreReadInOrder() throws {
        let body = """
            ```facts
            values: {propaganda_sessions: 1}
            ```

            ```facts
            period: 2022
            values: {propaganda_sessions: 2}
            ```

            """
        let article = try #require(TestSite.parse(TestSite.article(body: body)).article)
        #expect(article.factBlocks.map(\.period) == [.year(2023), .year(2022)])
        #expect(article.facts.map(\.value) == [1, 2])
    }

    // MARK: Problems, each at its place in the Markdown file

    @Test func anUnknownMetricWithTheNearestId() {
        #expect(TestSite.factsReport("values:\n  propaganda_sesions: 6003\n") == """
            content/articles/2023/lam-ha.md:11:3: error: unknown metric 'propaganda_sesions' [unknown-metric]
               11 |   propaganda_sesions: 6003
                  |   ^~~~~~~~~~~~~~~~~~
               hint: did you mean 'propaganda_sessions'?

            """)
    }

    @Test func anUnknownMetricFarFromAny() {
        #expect(TestSite.factsReport("values:\n  khong_co_gi: 1\n") == """
            content/articles/2023/lam-ha.md:11:3: error: unknown metric 'khong_co_gi' [unknown-metric]
               11 |   khong_co_gi: 1
                  |   ^~~~~~~~~~~
               hint: add 'khong_co_gi' to content/schema.yaml

            """)
    }

    @Test func anUnknownLocalityInABlock() {
        #expect(TestSite.factsReport("locality: lam-dong/lam-haa\nvalues:\n  propaganda_sessions: 6003\n") == """
            content/articles/2023/lam-ha.md:10:11: error: unknown locality 'lam-dong/lam-haa' [unknown-locality]
               10 | locality: lam-dong/lam-haa
                  |           ^~~~~~~~~~~~~~~~
               hint: did you mean 'lam-dong/lam-ha'?

            """)
    }

    @Test func anAmbiguousLocalityInABlock() {
        #expect(TestSite.factsReport("locality: lac-duong\nvalues:\n  propaganda_sessions: 6003\n") == """
            content/articles/2023/lam-ha.md:10:11: error: locality 'lac-duong' is ambiguous [ambiguous-locality]
               10 | locality: lac-duong
                  |           ^~~~~~~~~
               note: could be 'lam-dong/lac-duong'
               note: could be 'lam-dong/lac-duong/lac-duong'
               hint: write its full path: 'lam-dong/lac-duong' or 'lam-dong/lac-duong/lac-duong'

            """)
    }

    @Test func aBadPeriodInABlock() {
        #expect(TestSite.factsReport("period: 2024-13\nvalues:\n  propaganda_sessions: 6003\n") == """
            content/articles/2023/lam-ha.md:10:9: error: '2024-13' is not a period [bad-period]
               10 | period: 2024-13
                  |         ^~~~~~~
               hint: write a year (2024), a range of years (2014-2023) or a month (2024-05), in the years 1900 to 2200

            """)
    }

    @Test func anUnknownKeyOfABlock() {
        #expect(TestSite.factsReport("nguon: Báo cáo\nvalues:\n  propaganda_sessions: 6003\n") == """
            content/articles/2023/lam-ha.md:10:1: error: unknown key 'nguon' in a fact block [unknown-key]
               10 | nguon: Báo cáo
                  | ^~~~~
               hint: known keys: locality, period, source, values

            """)
    }

    @Test func aBlockWithoutValues() {
        #expect(TestSite.factsReport("period: 2023\n") == """
            content/articles/2023/lam-ha.md:9:1: error: the fact block has no 'values' [empty-fact-block]
                9 | ```facts
                  | ^~~
               hint: add 'values:' and one metric per line, like 'propaganda_sessions: 6003'

            """)
    }

    @Test func valuesThatAreNotAMapping() {
        #expect(TestSite.factsReport("values: 6003\n") == """
            content/articles/2023/lam-ha.md:10:9: error: 'values' must map metric ids to numbers [wrong-type]
               10 | values: 6003
                  |         ^~~~

            """)
    }

    @Test func anEmptyBlock() {
        #expect(TestSite.factsReport("") == """
            content/articles/2023/lam-ha.md:9:1: error: the fact block is empty [empty-fact-block]
                9 | ```facts
                  | ^~~
               hint: add 'values:' with at least one metric

            """)
    }

    @Test func aBlockIndentedInAListItem() {
        let body = """
            Kết quả:

            - Tuyên truyền:

              ```facts
              values:
                propaganda_sesions: 6003
              ```

            """
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)])) == """
            content/articles/2023/lam-ha.md:13:5: error: unknown metric 'propaganda_sesions' [unknown-metric]
               13 |     propaganda_sesions: 6003
                  |     ^~~~~~~~~~~~~~~~~~
               hint: did you mean 'propaganda_sessions'?

            """)
    }

    @Test func aBlockInAQuote() {
        let body = """
            Kết quả:

            > ```facts
            > values:
            >   propaganda_sessions: -5
            > ```

            """
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)])) == """
            content/articles/2023/lam-ha.md:11:26: error: 'propaganda_sessions: -5' is negative [negative-number]
               11 | >   propaganda_sessions: -5
                  |                          ^~
               hint: figures of the bulletin are never below zero; write the number without '-'

            """)
    }

    @Test func aBlockFarDownTheBody() {
        let paragraphs = (1...30).map { "Đoạn \($0) của bài." }.joined(separator: "\n\n")
        let body = paragraphs + "\n\n```facts\nvalues:\n  propaganda_sessions: 6.003\n```\n"
        #expect(TestSite.report(TestSite.files(with: [TestSite.articlePath: TestSite.article(body: body)])) == """
            content/articles/2023/lam-ha.md:69:24: error: 'propaganda_sessions: 6.003' is not a whole number [not-whole]
               69 |   propaganda_sessions: 6.003
                  |                        ^~~~~
               hint: in YAML 6.003 is a decimal; write 6003, or "6.003" in Vietnamese notation

            """)
    }

    @Test func aBlockAfterALongFrontMatter() {
        let text = TestSite.article(facts: "values:\n  propaganda_sessions: -1\n", extra: "author: Nguyệt Thu\nsource: Báo Lâm Đồng\ntags: [a, b]\n")
        let lines = TestSite.parse(text).diagnostics.map { [$0.location!.line, $0.location!.column] }
        #expect(lines == [[14, 24]])
    }

    @Test func everyProblemOfABlockIsReported() {
        let text = TestSite.article(facts: """
            values:
              propaganda_sesions: 6003
              cases_solved: 1010
              valuable_tips: -1
              festival_sites: {value: 10, parts: {provincial: 1, district: 2}}

            """)
        let messages = TestSite.parse(text).diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
        #expect(messages == [
            "11:3 unknown metric 'propaganda_sesions'",
            "12:3 'cases_solved' is a ratio but has no 'of'",
            "13:18 'valuable_tips: -1' is negative",
            "14:38 the parts of 'festival_sites' add up to 3, not 10",
        ])
    }

    @Test func aYAMLSyntaxErrorInsideABlockIsAtItsFileLine() {
        #expect(TestSite.factsReport("values:\n  propaganda_sessions: 6003\n   valuable_tips: 20\n") == """
            content/articles/2023/lam-ha.md:12:17: error: invalid YAML: mapping values are not allowed in this context [yaml-syntax]
               12 |    valuable_tips: 20
                  |                 ^
               hint: check the indentation and quote values that contain ': ' or start with a special character

            """)
    }

    @Test func aMetricGivenTwiceInOneBlock() {
        let report = TestSite.factsReport("values:\n  propaganda_sessions: 6003\n  propaganda_sessions: 6004\n")
        #expect(report == """
            content/articles/2023/lam-ha.md:12:3: error: key 'propaganda_sessions' is given twice [duplicate-key]
               12 |   propaganda_sessions: 6004
                  |   ^~~~~~~~~~~~~~~~~~~
            content/articles/2023/lam-ha.md:11:3: note: first given here
               11 |   propaganda_sessions: 6003
                  |   ^~~~~~~~~~~~~~~~~~~

            """)
    }
}
