/// The figures of one ```` ```facts ```` block, with what the block says of them all.
public struct FactBlock: Sendable, Hashable {
    public var locality: Int
    public var period: Period
    public var source: String?
    public var facts: [Fact]
}
