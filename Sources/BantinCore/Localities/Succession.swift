/// One link between a unit of the three-level system and one of the two-level system.
public struct Succession: Sendable, Hashable {
    /// Index of the other unit in `Gazetteer.localities`.
    public var unit: Int
    /// True when only part of the old unit went into the new one: its figures cannot be
    /// carried over, or added up.
    public var partial: Bool

    public init(unit: Int, partial: Bool) {
        self.unit = unit
        self.partial = partial
    }
}
