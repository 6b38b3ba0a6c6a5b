/// Sizes shared by all charts, chosen for a 390 px wide phone.
///
/// Charts are 600 units wide; shown at 330–390 CSS px that is 0.55–0.65 px per unit,
/// so 20-unit text stays at or above 11 CSS px. There are no font metrics at build
/// time, so fitting text uses a deliberately generous width estimate.
enum ChartStyle {
    static let width: Double = 600
    static let fontFamily = "system-ui, sans-serif"
    static let fontSize: Double = 20
    static let largeFontSize: Double = 32

    /// An upper estimate of rendered text width: 0.6 em per character.
    static func estimatedWidth(of text: String, fontSize: Double = fontSize) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
