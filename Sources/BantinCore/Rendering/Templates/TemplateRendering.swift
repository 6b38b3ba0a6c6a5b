/// Something that renders a theme's templates by name: Bantin's `TemplateRenderer`, or in
/// tests a reference implementation of Mustache to compare it with.
public protocol TemplateRendering: Sendable {
    func render(_ name: String, _ view: Any) -> String
}
