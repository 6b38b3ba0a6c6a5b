import Foundation
import Testing
@testable import BantinCore

@Suite("DiagnosticCode")
struct DiagnosticCodeTests {
    /// The codes of the table "Every problem by its code" in docs/content-format.md, in order.
    private func documented() throws -> [String] {
        let docs = try String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "### Every problem by its code").dropFirst().first)
            .components(separatedBy: "\n### ")[0]
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).prefix { $0 != "`" }.description
        }
    }

    @Test func everyCodeIsDocumentedOnceWithAnExample() throws {
        let codes = try documented()
        #expect(codes.count == DiagnosticCode.allCases.count)
        #expect(Set(codes) == Set(DiagnosticCode.allCases.map(\.rawValue)))
        #expect(Set(codes).count == codes.count)
    }

    @Test func codesAreLowerCaseWordsJoinedByHyphens() {
        for code in DiagnosticCode.allCases {
            #expect(code.rawValue.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil, "\(code.rawValue)")
        }
    }

    @Test func theCodeOfARealProblemIsPrintedAfterItsMessage() {
        let result = TestSite.build(TestSite.files(with: [TestSite.articlePath: TestSite.article(facts: "values:\n  propaganda_sesions: 6003\n")]))
        #expect(result.diagnostics.map(\.code) == [.unknownMetric])
        #expect(TestSite.report(result).hasPrefix(
            "content/articles/2023/lam-ha.md:11:3: error: unknown metric 'propaganda_sesions' [unknown-metric]\n"))
    }
}
