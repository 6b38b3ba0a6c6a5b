import Testing
@testable import BantinCore

/// A malformed schema is reported like content: through a whole site, at its line in content/schema.yaml.
@Suite("SchemaParser")
struct SchemaParserTests {
    private func report(_ schema: String) -> String {
        TestSite.report(TestSite.files(with: ["content/schema.yaml": schema]))
    }

    @Test func readsTheMetricsInOrder() {
        let schema = TestSite.schema
        #expect(schema.ids == ["propaganda_sessions", "propaganda_attendees", "valuable_tips", "cases_solved",
                               "gift_value", "festival_sites", "households_pledged"])
        let festival = schema["festival_sites"]!
        #expect(festival.label == "Điểm tổ chức Ngày hội")
        #expect(festival.unit == "điểm")
        #expect(festival.kind == .count)
        #expect(festival.parts == [
            Metric.Part(key: "provincial", label: "Cấp tỉnh"),
            Metric.Part(key: "district", label: "Cấp huyện"),
            Metric.Part(key: "commune", label: "Cấp xã"),
        ])
        #expect(festival.location == SourceLocation(file: "content/schema.yaml", line: 22, column: 3, length: 14))
        #expect(schema["cases_solved"]?.kind == .ratio)
        #expect(schema["gift_value"]?.kind == .amount)
        #expect(schema["households_pledged"]?.kind == .percent)
        #expect(schema.order(of: "valuable_tips") == 2)
        #expect(schema.order(of: "khong_co") == .max)
    }

    @Test func groupAndDescriptionAreOptional() {
        var diagnostics = DiagnosticBag()
        let schema = SchemaParser.parse(SourceFile(path: "content/schema.yaml", text: """
            metrics:
              propaganda_sessions:
                label: Buổi tuyên truyền
                unit: buổi
                kind: count
                group: Tuyên truyền
                description: Buổi tuyên truyền pháp luật
            """), diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(schema["propaganda_sessions"]?.group == "Tuyên truyền")
        #expect(schema["propaganda_sessions"]?.description == "Buổi tuyên truyền pháp luật")
    }

    @Test func aSiteWithoutASchemaHasNoMetrics() {
        let result = TestSite.build(TestSite.files(with: ["content/schema.yaml": nil]))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func anUnknownKindWithTheNearestOne() {
        #expect(report("""
            metrics:
              propaganda_sessions:
                label: Buổi tuyên truyền
                unit: buổi
                kind: cout

            """) == """
            content/schema.yaml:5:11: error: unknown kind 'cout' of metric 'propaganda_sessions' [unknown-kind]
                5 |     kind: cout
                  |           ^~~~
               hint: did you mean 'count'?

            """)
    }

    @Test func anUnknownKindFarFromAny() {
        #expect(report("""
            metrics:
              propaganda_sessions:
                label: Buổi tuyên truyền
                unit: buổi
                kind: số lượng

            """) == """
            content/schema.yaml:5:11: error: unknown kind 'số lượng' of metric 'propaganda_sessions' [unknown-kind]
                5 |     kind: số lượng
                  |           ^~~~~~~~
               hint: a kind is one of: count, ratio, amount, percent

            """)
    }

    @Test func aMissingLabel() {
        #expect(report("""
            metrics:
              propaganda_sessions:
                unit: buổi
                kind: count

            """) == """
            content/schema.yaml:2:3: error: metric 'propaganda_sessions' has no 'label' [missing-key]
                2 |   propaganda_sessions:
                  |   ^~~~~~~~~~~~~~~~~~~
               hint: add 'label: …'

            """)
    }

    @Test func aBadId() {
        #expect(report("""
            metrics:
              Propaganda-Sessions:
                label: Buổi tuyên truyền
                unit: buổi
                kind: count

            """) == """
            content/schema.yaml:2:3: error: metric id 'Propaganda-Sessions' must be lower case letters, digits and '_' [bad-metric-id]
                2 |   Propaganda-Sessions:
                  |   ^~~~~~~~~~~~~~~~~~~
               hint: for example 'propaganda_sessions'

            """)
    }

    @Test func anIdStartingWithADigit() {
        #expect(report("""
            metrics:
              2024_sessions:
                label: Buổi
                unit: buổi
                kind: count

            """) == """
            content/schema.yaml:2:3: error: metric id '2024_sessions' must be lower case letters, digits and '_' [bad-metric-id]
                2 |   2024_sessions:
                  |   ^~~~~~~~~~~~~
               hint: for example 'propaganda_sessions'

            """)
    }

    @Test func partsThatAreNotAMapping() {
        #expect(report("""
            metrics:
              festival_sites:
                label: Điểm tổ chức Ngày hội
                unit: điểm
                kind: count
                parts: [provincial, district]

            """) == """
            content/schema.yaml:6:12: error: 'parts' of 'festival_sites' must map keys to labels, like {provincial: Cấp tỉnh} [wrong-type]
                6 |     parts: [provincial, district]
                  |            ^

            """)
    }

    @Test func aPartWithoutALabel() {
        #expect(report("""
            metrics:
              festival_sites:
                label: Điểm tổ chức Ngày hội
                unit: điểm
                kind: count
                parts: {provincial: Cấp tỉnh, district: {a: b}}

            """) == """
            content/schema.yaml:6:35: error: each part of 'festival_sites' maps a key to a label, like 'provincial: Cấp tỉnh' [wrong-type]
                6 |     parts: {provincial: Cấp tỉnh, district: {a: b}}
                  |                                   ^~~~~~~~

            """)
    }

    @Test func anUnknownKeyOfAMetric() {
        #expect(report("""
            metrics:
              propaganda_sessions:
                lable: Buổi tuyên truyền
                label: Buổi tuyên truyền
                unit: buổi
                kind: count

            """) == """
            content/schema.yaml:3:5: error: unknown key 'lable' in metric 'propaganda_sessions' [unknown-key]
                3 |     lable: Buổi tuyên truyền
                  |     ^~~~~
               hint: did you mean 'label'?

            """)
    }

    @Test func aSchemaWithoutMetrics() {
        let result = TestSite.build(TestSite.files(with: ["content/schema.yaml": """
            metric:
              propaganda_sessions: {label: Buổi, unit: buổi, kind: count}

            """]))
        // Both are at 1:1; their order is left to `Diagnostic`'s own tests.
        #expect(Set(result.diagnostics.map(DiagnosticFormatter(lines: result.lines).format)) == [
            """
            content/schema.yaml:1:1: error: the schema has no 'metrics' [missing-key]
                1 | metric:
                  | ^
               hint: start the file with 'metrics:'

            """,
            """
            content/schema.yaml:1:1: error: unknown key 'metric' in the schema [unknown-key]
                1 | metric:
                  | ^~~~~~
               hint: did you mean 'metrics'?

            """,
        ])
    }

    @Test func metricsThatAreNotAMapping() {
        #expect(report("""
            metrics: [propaganda_sessions]

            """) == """
            content/schema.yaml:1:10: error: 'metrics' must map metric ids to their descriptions [wrong-type]
                1 | metrics: [propaganda_sessions]
                  |          ^

            """)
    }

    @Test func aMetricDefinedTwice() {
        let text = report(TestSite.schemaYAML + "  propaganda_sessions:\n    label: Buổi\n    unit: buổi\n    kind: count\n")
        #expect(text == """
            content/schema.yaml:31:3: error: key 'propaganda_sessions' is given twice [duplicate-key]
               31 |   propaganda_sessions:
                  |   ^~~~~~~~~~~~~~~~~~~
            content/schema.yaml:2:3: note: first given here
                2 |   propaganda_sessions:
                  |   ^~~~~~~~~~~~~~~~~~~

            """)
    }

    /// A metric's id names its folder of the statistics pages, so it has a slug's limit.
    @Test func aMetricIdLongerThanASlugMayBe() {
        let id = String(repeating: "a", count: 201)
        let report = report("metrics:\n  \(id): {label: A, unit: a, kind: count}\n")
        #expect(report.hasPrefix("content/schema.yaml:2:3: error: the metric id is 201 bytes long, more than the 200 a slug may have [slug-too-long]\n"))
        #expect(report.contains("   hint: choose a shorter id; a slug names a folder of the output, and a file system allows at most 255 bytes in a name\n"))
    }
}
