/// The colours every chart draws with: Okabe–Ito marks plus text, grid and surface.
///
/// Okabe–Ito stays distinguishable under the common colour-vision deficiencies. Marks
/// are ordered so the first five keep 3:1 on white (blue 5.2, vermillion 3.9,
/// green 3.4, purple 3.1, black 21); orange, sky blue and yellow come last and are
/// drawn with an outline, since they fall below 3:1 on white.
public enum ChartPalette {
    /// Mark colours in order of use: --chart-1 … --chart-8.
    public static let marks: [ChartColor] = [
        color(1, "#0072B2", on: "#ffffff"),
        color(2, "#D55E00", on: "#000000"),
        color(3, "#009E73", on: "#000000"),
        color(4, "#CC79A7", on: "#000000"),
        color(5, "#000000", on: "#ffffff"),
        color(6, "#E69F00", on: "#000000", needsOutline: true),
        color(7, "#56B4E9", on: "#000000", needsOutline: true),
        color(8, "#F0E442", on: "#000000", needsOutline: true),
    ]

    /// Text and outlines: 17.4:1 on white.
    public static let text = "var(--chart-text, #1a1a1a)"
    /// Gridlines, axes and the ratio track's border: 4.5:1 on white.
    public static let grid = "var(--chart-grid, #767676)"
    /// The background the chart sits on; used for gaps between stacked segments.
    public static let surface = "var(--chart-surface, #ffffff)"

    /// The mark colour for the n-th series (0-based), cycling after eight.
    public static func mark(_ index: Int) -> ChartColor {
        marks[((index % marks.count) + marks.count) % marks.count]
    }

    private static func color(_ number: Int, _ fallback: String, on onFallback: String, needsOutline: Bool = false)
        -> ChartColor
    {
        ChartColor(
            variable: "--chart-\(number)", fallback: fallback, onVariable: "--chart-on-\(number)",
            onFallback: onFallback, needsOutline: needsOutline)
    }
}
