import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import BantinCore

/// Every golden must be well-formed XML with the accessible structure pages rely on.
@Suite("Golden chart files")
struct GoldenFileTests {
    // While goldens are being rewritten the listing is taken before the writes; rerun without the variable to check.
    @Test(.disabled(if: GoldenFile.isUpdating))
    func everyChartKindHasAGolden() throws {
        let names = try GoldenFile.all()
        for kind in ["time-series", "comparison", "ratio", "breakdown"] {
            #expect(names.contains("\(kind).svg"), "no golden for \(kind)")
        }
    }

    @Test(.disabled(if: GoldenFile.isUpdating), arguments: try GoldenFile.all())
    func isWellFormedAccessibleSVG(name: String) throws {
        let data = try Data(contentsOf: GoldenFile.directory.appendingPathComponent(name))
        let document = try XMLDocument(data: data, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(root.uri == "http://www.w3.org/2000/svg")
        #expect(attribute("width", of: root) == nil)
        #expect(attribute("height", of: root) == nil)
        #expect(attribute("role", of: root) == "img")
        let viewBox = try #require(attribute("viewBox", of: root))
        #expect(viewBox.hasPrefix("0 0 600 "))

        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        try #require(children.count >= 2)
        let title = children[0]
        let desc = children[1]
        #expect(title.name == "title")
        #expect(desc.name == "desc")
        #expect(!(title.stringValue ?? "").isEmpty)
        #expect((desc.stringValue ?? "").hasSuffix("."))

        let titleID = try #require(attribute("id", of: title))
        let descID = try #require(attribute("id", of: desc))
        #expect(attribute("aria-labelledby", of: root) == "\(titleID) \(descID)")

        let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(Set(ids).count == ids.count, "ids repeat in \(name)")
    }

    /// An attribute's value by name.
    ///
    /// FoundationXML on Linux finds no attribute by name on an element in a namespace
    /// (`attribute(forName:)` returns nil under xmlns), so search the list instead.
    private func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }
}
