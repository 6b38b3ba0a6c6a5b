import Foundation
import Testing
@testable import BantinCore

@Suite("GazetteerSnapshot")
struct GazetteerSnapshotTests {
    /// The example site's gazetteer: provinces merged into others on a date, districts, communes.
    static var example: Gazetteer {
        let text = try! String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("content/localities.yaml"), encoding: .utf8)
        var diagnostics = DiagnosticBag()
        let gazetteer = GazetteerParser.parse(SourceFile(path: GazetteerParser.path, text: text), diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.isEmpty)
        return gazetteer
    }

    @Test func aSnapshotGivesTheSameUnitsAndLookUps() throws {
        let gazetteer = Self.example
        let copy = try #require(GazetteerSnapshot.gazetteer(from: GazetteerSnapshot.fields(of: gazetteer)))
        #expect(copy.localities.count == gazetteer.localities.count)
        #expect(gazetteer.localities.contains { $0.mergedInto != nil && $0.until != nil })
        for (unit, again) in zip(gazetteer.localities, copy.localities) {
            var expected = unit
            // The line's text is filled in again when a diagnostic is printed.
            expected.location?.lineText = nil
            #expect(again == expected)
        }
        for reference in ["lam-dong", "lam-dong/lam-ha", "dinh-van", "long-an", "khong-co", "lam-ha/dinh-van"] {
            #expect("\(copy.resolve(reference))" == "\(gazetteer.resolve(reference))")
        }
        #expect(copy.roots == gazetteer.roots)
    }

    @Test func textsThatAreNotASnapshotGiveNone() {
        let fields = GazetteerSnapshot.fields(of: Self.example)
        #expect(GazetteerSnapshot.gazetteer(from: []) == nil)
        #expect(GazetteerSnapshot.gazetteer(from: Array(fields.dropLast())) == nil)
        var badParent = fields
        badParent[3] = "5"
        #expect(GazetteerSnapshot.gazetteer(from: badParent) == nil)
        var badDate = fields
        badDate[4] = "2025 6"
        #expect(GazetteerSnapshot.gazetteer(from: badDate) == nil)
        var twice = fields
        twice.append(contentsOf: fields.prefix(GazetteerSnapshot.fieldsPerUnit))
        #expect(GazetteerSnapshot.gazetteer(from: twice) == nil)
    }
}
