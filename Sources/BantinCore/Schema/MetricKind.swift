/// What a metric measures, which decides the checks its values get.
public enum MetricKind: String, Sendable, Hashable, CaseIterable {
    /// A whole number ≥ 0: buổi, tin, vụ.
    case count
    /// A whole number out of another (`of`): 1.010/1.173 vụ.
    case ratio
    /// A number ≥ 0 in the metric's unit, often with a scale word: 74,2 tỷ đồng.
    case amount
    /// A number from 0 to 100.
    case percent
}
