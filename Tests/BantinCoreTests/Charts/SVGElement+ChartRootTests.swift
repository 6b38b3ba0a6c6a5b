import Testing
@testable import BantinCore

@Suite("Chart root element")
struct SVGElementChartRootTests {
    @Test func rootHasViewBoxOnlyAndAccessibleNameFirst() {
        let root = SVGElement.chartRoot(
            id: "lam-ha-1", kind: "ratio", height: 84, title: "Tỷ lệ", summary: "Tỷ lệ đạt 50,0% (1/2).", children: [])
        #expect(
            root.render() == """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 84" role="img" aria-labelledby="lam-ha-1-title lam-ha-1-desc" class="bantin-chart bantin-chart-ratio" font-family="system-ui, sans-serif" font-size="20">
                  <title id="lam-ha-1-title">Tỷ lệ</title>
                  <desc id="lam-ha-1-desc">Tỷ lệ đạt 50,0% (1/2).</desc>
                </svg>
                """)
    }

    @Test("ids are made safe", arguments: [
        ("lam-ha", "lam-ha"),
        ("chart_2", "chart_2"),
        ("Lâm Hà", "L-m-H"),
        ("2024", "chart-2024"),
        ("", "chart"),
        (#"x" onload="y"#, "x--onload--y"),
    ])
    func identifier(raw: String, expected: String) {
        #expect(SVGElement.chartIdentifier(raw) == expected)
    }
}
