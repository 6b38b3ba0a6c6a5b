/// One attribute of an `SVGElement`, kept in the order it was given.
///
/// Order is part of the output, so it is part of the value: two renders of the same
/// chart must produce the same bytes.
public struct SVGAttribute: Equatable, Sendable {
    public var name: String
    public var value: SVGValue

    public init(_ name: String, _ value: SVGValue) {
        self.name = name
        self.value = value
    }
}
