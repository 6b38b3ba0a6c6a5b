import Testing
@testable import BantinCore

@Suite("SVGElement")
struct SVGElementTests {
    @Test func emptyElementSelfCloses() {
        let rect = SVGElement("rect", ["x": 1, "y": 2.345, "fill": "var(--chart-1, #0072B2)"])
        #expect(rect.render() == #"<rect x="1" y="2.35" fill="var(--chart-1, #0072B2)"/>"#)
    }

    @Test func attributesKeepTheirOrder() {
        let element = SVGElement("text", ["y": 2, "x": 1, "class": "a"], text: "t")
        #expect(element.render() == #"<text y="2" x="1" class="a">t</text>"#)
        #expect(element.attribute("x") == "1")
        #expect(element.attribute("missing") == nil)
    }

    @Test func childrenAreIndentedOnePerLine() {
        let group = SVGElement(
            "g", ["class": "bars"],
            children: [
                SVGElement("rect", ["width": 10]),
                SVGElement("g", children: [SVGElement("text", text: "590")]),
            ])
        #expect(
            group.render() == """
                <g class="bars">
                  <rect width="10"/>
                  <g>
                    <text>590</text>
                  </g>
                </g>
                """)
    }

    @Test func textKeepsChildrenInlineSoNoWhitespaceIsAdded() {
        let text = SVGElement("text", text: "Lâm Hà ", children: [SVGElement("tspan", ["font-weight": 700], text: "655")])
        #expect(text.render() == #"<text>Lâm Hà <tspan font-weight="700">655</tspan></text>"#)
    }

    @Test func emptyTextStillOpensAndCloses() {
        #expect(SVGElement("title", text: "").render() == "<title></title>")
    }

    @Test func escapesTextAndAttributes() {
        let hostile = #"<script>&"'"#
        let element = SVGElement("a", ["href": .text(hostile)], children: [SVGElement("text", text: hostile)])
        #expect(
            element.render() == """
                <a href="&lt;script&gt;&amp;&quot;&#39;">
                  <text>&lt;script&gt;&amp;&quot;&#39;</text>
                </a>
                """)
    }

    @Test func arrayInitializerMatchesLiteralInitializer() {
        let fromLiteral = SVGElement("rect", ["x": 1, "fill": "red"])
        let fromArray = SVGElement("rect", attributes: [SVGAttribute("x", 1), SVGAttribute("fill", "red")])
        #expect(fromLiteral == fromArray)
    }
}
