/// An SVG element: name, ordered attributes, optional text, children.
///
/// Charts are built as values and rendered in one place that escapes every attribute
/// value and text node, so a locality named `<script>` can never become markup.
public struct SVGElement: Equatable, Sendable {
    public var name: String
    public var attributes: [SVGAttribute]
    /// Text content, written (escaped) before any children.
    public var text: String?
    public var children: [SVGElement]

    public init(_ name: String, attributes: [SVGAttribute], text: String? = nil, children: [SVGElement] = []) {
        self.name = name
        self.attributes = attributes
        self.text = text
        self.children = children
    }

    /// Builds an element from an ordered literal: `SVGElement("rect", ["x": 1, "fill": "red"])`.
    public init(
        _ name: String, _ attributes: KeyValuePairs<String, SVGValue> = [:], text: String? = nil,
        children: [SVGElement] = []
    ) {
        self.init(name, attributes: attributes.map { SVGAttribute($0.key, $0.value) }, text: text, children: children)
    }

    /// The rendered value of the first attribute with this name, if any.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value.rendered
    }

    /// Serializes the tree: children on their own indented lines, empty elements self-closed.
    ///
    /// An element with text keeps its children inline, so no whitespace is added inside
    /// the text a reader sees. Element and attribute names are the code's own, never user text.
    public func render() -> String {
        var output = ""
        write(to: &output, depth: 0, indented: true)
        return output
    }

    private func write(to output: inout String, depth: Int, indented: Bool) {
        let indentation = indented ? String(repeating: "  ", count: depth) : ""
        output += indentation
        output += "<"
        output += name
        for attribute in attributes {
            output += " "
            output += attribute.name
            output += "=\""
            // Numbers have nothing to escape.
            if case .text(let text) = attribute.value {
                output += XMLEscaping.escape(text)
            } else {
                output += attribute.value.rendered
            }
            output += "\""
        }
        if text == nil && children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        if let text { output += XMLEscaping.escape(text) }
        let childrenIndented = indented && text == nil
        for child in children {
            if childrenIndented { output += "\n" }
            child.write(to: &output, depth: depth + 1, indented: childrenIndented)
        }
        if childrenIndented && !children.isEmpty { output += "\n" + indentation }
        output += "</" + name + ">"
    }
}
