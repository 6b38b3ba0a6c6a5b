@testable import BantinCore

extension SVGElement {
    /// The first descendant (or self) whose class attribute is exactly `name`.
    func descendant(withClass name: String) -> SVGElement? {
        if attribute("class") == name { return self }
        for child in children {
            if let found = child.descendant(withClass: name) { return found }
        }
        return nil
    }

    /// All descendants (and self) with this element name, in document order.
    func descendants(named name: String) -> [SVGElement] {
        (self.name == name ? [self] : []) + children.flatMap { $0.descendants(named: name) }
    }

    /// The text of every `<text>` inside, in document order.
    var texts: [String] {
        descendants(named: "text").compactMap(\.text)
    }
}
