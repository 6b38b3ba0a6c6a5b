import Testing
@testable import BantinCore

@Suite("Starter site")
struct StarterSiteTests {
    @Test func aNewSiteBuildsAtOnceWithoutAnyProblem() {
        let result = SiteBuilder(source: MemorySiteSource(StarterSite.files)).build()
        #expect(TestSite.report(result) == "")
        #expect(result.succeeded)
        let page = TestSite.page("bai-viet/lam-ha-tong-ket-10-nam-thuc-hien-chuong-trinh-phoi-hop/index.html", of: result)
        #expect(page?.contains("6.003") == true)
    }

    @Test func itsArticleHasAFactBlockAndItsSchemaHasEveryKind() {
        var diagnostics = DiagnosticBag()
        let references = SiteReferences.load(from: MemorySiteSource(StarterSite.files), diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        #expect(Set(references.schema.metrics.map(\.kind)) == Set(MetricKind.allCases.filter { $0 != .percent }))
        #expect(references.schema.metrics.contains { !$0.parts.isEmpty })
        #expect(StarterSite.files["content/articles/2023/lam-ha-tong-ket-10-nam.md"]?.contains("```facts") == true)
        #expect(StarterSite.files["README.md"]?.hasPrefix("# Bản tin: hướng dẫn cho người viết") == true)
    }
}
