/// One figure from a fact block: a metric's value for a locality and a period.
public struct Fact: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public var key: String
        public var value: WrittenNumber
    }

    public var metric: String
    /// Index of the locality in the gazetteer.
    public var locality: Int
    public var period: Period
    /// The number as written, before any scale: 74,2 for "74,2 tỷ".
    public var written: WrittenNumber
    public var scale: NumberScale?
    public var approx: Approximation?
    /// Denominator of a ratio.
    public var of: WrittenNumber?
    /// The percentage the text states.
    public var percent: WrittenNumber?
    public var parts: [Part]
    public var note: String?
    /// Where the block says its figures come from.
    public var source: String?
    /// The article the block is in.
    public var articlePath: String
    /// Where the metric is written in the article.
    public var location: SourceLocation

    /// The value in the metric's unit: 74,2 tỷ is 74 200 000 000, shifted in decimal so that it is exact.
    public var value: Double { scale.map { $0.applied(to: written.value) } ?? written.value }

    /// A part in the metric's unit, scaled as the value is: parts are written in the value's scale.
    public func value(of part: Part) -> Double {
        scale.map { $0.applied(to: part.value.value) } ?? part.value.value
    }

    /// The value divided by `of`, as a percentage.
    public var computedPercent: Double? {
        guard let of, of.value > 0 else { return nil }
        return written.value / of.value * 100
    }

    /// Metric, locality and period: a site gives one value for each.
    public var key: FactKey { FactKey(metric: metric, locality: locality, period: period) }
}

/// What must not be given two different values anywhere in a site.
public struct FactKey: Sendable, Hashable {
    public var metric: String
    public var locality: Int
    public var period: Period
}
