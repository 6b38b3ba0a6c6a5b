import Foundation
import Testing
@testable import BantinCore

@Suite("ChartPalette")
struct ChartPaletteTests {
    @Test func marksAreOkabeItoThroughCustomProperties() {
        #expect(ChartPalette.marks.map(\.paint) == [
            "var(--chart-1, #0072B2)", "var(--chart-2, #D55E00)", "var(--chart-3, #009E73)",
            "var(--chart-4, #CC79A7)", "var(--chart-5, #000000)", "var(--chart-6, #E69F00)",
            "var(--chart-7, #56B4E9)", "var(--chart-8, #F0E442)",
        ])
        #expect(ChartPalette.mark(0).onPaint == "var(--chart-on-1, #ffffff)")
        #expect(ChartPalette.text == "var(--chart-text, #1a1a1a)")
        #expect(ChartPalette.grid == "var(--chart-grid, #767676)")
        #expect(ChartPalette.surface == "var(--chart-surface, #ffffff)")
    }

    @Test func markIndexCycles() {
        #expect(ChartPalette.mark(8) == ChartPalette.mark(0))
        #expect(ChartPalette.mark(-1) == ChartPalette.mark(7))
    }

    @Test(arguments: ChartPalette.marks)
    func outlineExactlyWhenUnderThreeToOneOnWhite(color: ChartColor) {
        #expect(color.needsOutline == (Self.contrast(color.fallback, "#ffffff") < 3))
    }

    @Test(arguments: ChartPalette.marks)
    func textOnMarkHasFourAndAHalfToOne(color: ChartColor) {
        #expect(Self.contrast(color.onFallback, color.fallback) >= 4.5)
    }

    @Test func textAndGridHaveFourAndAHalfToOneOnWhite() {
        #expect(Self.contrast("#1a1a1a", "#ffffff") >= 4.5)
        #expect(Self.contrast("#767676", "#ffffff") >= 4.5)
    }

    @Test func firstFiveMarksNeedNoOutline() {
        #expect(ChartPalette.marks.map(\.needsOutline) == [false, false, false, false, false, true, true, true])
    }

    /// WCAG 2 contrast ratio of two "#rrggbb" colours.
    private static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let digits = Array(hex.dropFirst())
            let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
                let value = Double(Int(String(digits[index...index + 1]), radix: 16)!) / 255
                return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }
}
