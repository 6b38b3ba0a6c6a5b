/// A mark colour as a CSS custom property with a fallback, plus the text colour that reads on it.
///
/// Colours go through `var(--name, #fallback)` so a theme can switch light and dark
/// without rebuilding; the fallback keeps a chart correct when no theme sets them.
public struct ChartColor: Equatable, Sendable {
    /// Custom property name, as in "--chart-1".
    public var variable: String
    /// Okabe–Ito colour used when the property is not set, as in "#0072B2".
    public var fallback: String
    /// Custom property for text drawn on this colour, as in "--chart-on-1".
    public var onVariable: String
    /// Black or white, whichever gives text at least 4.5:1 on `fallback`.
    public var onFallback: String
    /// True when the fallback has less than 3:1 contrast on white, so marks need an outline.
    public var needsOutline: Bool

    public init(variable: String, fallback: String, onVariable: String, onFallback: String, needsOutline: Bool) {
        self.variable = variable
        self.fallback = fallback
        self.onVariable = onVariable
        self.onFallback = onFallback
        self.needsOutline = needsOutline
    }

    /// The paint value for `fill` or `stroke`: "var(--chart-1, #0072B2)".
    public var paint: String { "var(\(variable), \(fallback))" }

    /// The paint value for text on this colour: "var(--chart-on-1, #ffffff)".
    public var onPaint: String { "var(\(onVariable), \(onFallback))" }
}
