import Testing
@testable import BantinCore

@Suite("ChartStyle")
struct ChartStyleTests {
    @Test func textStaysReadableOnAPhone() {
        // Shown 330 CSS px wide (a 390 px phone minus margins), one unit is 0.55 px.
        #expect(ChartStyle.fontSize * 330 / ChartStyle.width >= 11)
    }

    @Test func widthEstimateCountsCharactersNotBytes() {
        #expect(ChartStyle.estimatedWidth(of: "Lâm Hà") == 72)
        #expect(ChartStyle.estimatedWidth(of: "86,1%", fontSize: 10) == 30)
    }
}
