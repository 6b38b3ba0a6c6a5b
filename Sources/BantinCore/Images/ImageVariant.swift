import Foundation

/// A smaller copy of a picture, listed in its `srcset` for phones.
public struct ImageVariant: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var contents: Data

    public init(width: Int, height: Int, contents: Data) {
        self.width = width
        self.height = height
        self.contents = contents
    }
}
