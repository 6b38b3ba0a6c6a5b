import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import BantinCore

/// Every golden must be well-formed XML with the accessible structure pages rely on.
@Suite("Golden chart files")
struct GoldenFileTests {
    @Test func everyChartKindHasAGolden() throws {
        let names = try GoldenFile.all()
        for kind in ["time-series", "comparison", "ratio", "breakdown"] {
            #expect(names.contains("\(kind).svg"), "no golden for \(kind)")
        }
    }

    @Test(arguments: try GoldenFile.all())
    func isWellFormedAccessibleSVG(name: String) throws {
        let data = try Data(contentsOf: GoldenFile.directory.appendingPathComponent(name))
        let document = try XMLDocument(data: data, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        #expect(root.uri == "http://www.w3.org/2000/svg")
        #expect(root.attribute(forName: "width") == nil)
        #expect(root.attribute(forName: "height") == nil)
        #expect(root.attribute(forName: "role")?.stringValue == "img")
        let viewBox = try #require(root.attribute(forName: "viewBox")?.stringValue)
        #expect(viewBox.hasPrefix("0 0 600 "))

        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        try #require(children.count >= 2)
        let title = children[0]
        let desc = children[1]
        #expect(title.name == "title")
        #expect(desc.name == "desc")
        #expect(!(title.stringValue ?? "").isEmpty)
        #expect((desc.stringValue ?? "").hasSuffix("."))

        let titleID = try #require(title.attribute(forName: "id")?.stringValue)
        let descID = try #require(desc.attribute(forName: "id")?.stringValue)
        #expect(root.attribute(forName: "aria-labelledby")?.stringValue == "\(titleID) \(descID)")

        let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(Set(ids).count == ids.count, "ids repeat in \(name)")
    }
}
