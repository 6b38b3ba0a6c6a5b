/// A variable's name split once when the template is read: `a.b.c`, `.`, or `.a` (top of the stack only).
struct TemplateName: Sendable, Equatable {
    /// The names to follow; empty for `.`, the current object.
    let components: [String]
    /// Looked up in the current object only, not in the objects around it (a leading dot).
    let currentOnly: Bool

    init(_ text: String) {
        components = text.split(separator: ".").map(String.init)
        currentOnly = text.first == "."
    }
}
