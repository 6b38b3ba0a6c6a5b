/// One labelled value of a chart: a period, a locality or a part, with an optional link.
///
/// The value keeps the digits the author wrote, so a chart label reads "86,1"
/// exactly as the article does, and keeps its hedge, so "trên 59.466" is never
/// drawn as a plain 59.466.
public struct ChartDatum: Equatable, Hashable, Sendable {
    public var label: String
    public var value: WrittenNumber
    /// The hedge the article put on the figure ("trên", "khoảng", "dưới"), if any.
    public var approx: Approximation?
    /// Where the label leads (a locality page); used by comparison charts and tables.
    public var href: String?

    public init(label: String, value: WrittenNumber, approx: Approximation? = nil, href: String? = nil) {
        self.label = label
        self.value = value
        self.approx = approx
        self.href = href
    }

    /// A whole count, written without decimals.
    public init(label: String, value: Int, approx: Approximation? = nil, href: String? = nil) {
        self.init(
            label: label, value: WrittenNumber(value: Double(value), fractionDigits: 0), approx: approx, href: href)
    }

    /// The value as every label, table cell and sentence shows it: "trên 59.466", "86,1".
    public var text: String {
        let number = VietnameseNumberFormat.written(value)
        return approx.map { "\($0.word) \(number)" } ?? number
    }

    /// The values the figure may stand for, as far as its hedge allows.
    ///
    /// "trên 100" is above 100 with no upper limit, "dưới 100" below it with no lower one;
    /// "khoảng 100" is read as within a tenth of 100. A rise or a fall is claimed only when
    /// these ranges do not overlap.
    public var bounds: ClosedRange<Double> {
        let v = value.value
        switch approx {
        case nil: return v...v
        case .over: return v...Double.infinity
        case .under: return -Double.infinity...v
        case .about:
            let margin = (v * 0.1).magnitude
            return (v - margin)...(v + margin)
        }
    }
}
