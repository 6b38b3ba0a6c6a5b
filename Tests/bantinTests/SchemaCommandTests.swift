import Foundation
import Testing

@Suite("bantin schema")
struct SchemaCommandTests {
    @Test func bothSchemasAreWrittenIntoTheOutputFolder() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["schema", site.url.path, "--output", site.url.appendingPathComponent("editor").path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(site.listing("editor") == ["facts.schema.json", "front-matter.schema.json"])
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: site.url.appendingPathComponent("editor/facts.schema.json"))) as? [String: Any]
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        // The same files every time.
        let first = site.snapshot("editor").mapValues(\.contents)
        _ = try BantinProcess.run(["schema", site.url.path, "--output", site.url.appendingPathComponent("editor").path])
        #expect(site.snapshot("editor").mapValues(\.contents) == first)
    }
}
