import Testing
@testable import BantinCore

@Suite("ChartColor")
struct ChartColorTests {
    @Test func paintsUseCustomPropertiesWithFallbacks() {
        let color = ChartColor(
            variable: "--chart-2", fallback: "#D55E00", onVariable: "--chart-on-2", onFallback: "#000000",
            needsOutline: false)
        #expect(color.paint == "var(--chart-2, #D55E00)")
        #expect(color.onPaint == "var(--chart-on-2, #000000)")
    }
}
