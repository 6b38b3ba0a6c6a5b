/// A picture's size in pixels, as read from its file.
public struct ImageSize: Sendable, Equatable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The height of a copy `width` pixels wide, rounded as libvips rounds it.
    public func height(atWidth newWidth: Int) -> Int {
        guard width > 0 else { return height }
        return max(1, Int((Double(height) * Double(newWidth) / Double(width)).rounded()))
    }
}
