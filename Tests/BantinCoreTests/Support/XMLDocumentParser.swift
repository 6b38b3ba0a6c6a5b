import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML with Foundation's parser, to prove generated feeds, sitemaps and SVG are well-formed.
enum XMLDocumentParser {
    struct Parsed {
        var root: String
        /// Attributes of the root element.
        var attributes: [String: String]
        /// Names of every element, in document order.
        var elements: [String]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> Parsed {
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Collector()
        parser.delegate = delegate
        guard parser.parse() else {
            throw Failure(description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)")
        }
        return Parsed(root: delegate.elements.first ?? "", attributes: delegate.rootAttributes, elements: delegate.elements)
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var rootAttributes: [String: String] = [:]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if elements.isEmpty { rootAttributes = attributes }
            elements.append(name)
        }
    }
}
