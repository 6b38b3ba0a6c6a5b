extension SVGElement {
    /// The `<svg>` root every chart shares: viewBox only, accessible name and description first.
    ///
    /// No width or height, so the chart scales to its container; `role="img"` with
    /// `aria-labelledby` pointing at `<title>` and `<desc>` gives screen readers the
    /// name and the finding. Ids are prefixed so several charts can share a page.
    static func chartRoot(
        id: String, kind: String, height: Double, title: String, summary: String, children: [SVGElement]
    ) -> SVGElement {
        let prefix = chartIdentifier(id)
        return SVGElement(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg",
                "viewBox": .numbers([0, 0, ChartStyle.width, height]),
                "role": "img",
                "aria-labelledby": .text("\(prefix)-title \(prefix)-desc"),
                "class": .text("bantin-chart bantin-chart-\(kind)"),
                "font-family": .text(ChartStyle.fontFamily),
                "font-size": .number(ChartStyle.fontSize),
            ],
            children: [
                SVGElement("title", ["id": .text("\(prefix)-title")], text: title),
                SVGElement("desc", ["id": .text("\(prefix)-desc")], text: summary),
            ] + children
        )
    }

    /// Makes an id safe for XML and CSS selectors: ASCII letters, digits, '-' and '_', starting with a letter.
    static func chartIdentifier(_ raw: String) -> String {
        var id = String(
            raw.map { character -> Character in
                character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
                    ? character : "-"
            })
        if !(id.first?.isLetter ?? false) { id = "chart-" + id }
        while id.hasSuffix("-") { id.removeLast() }
        return id
    }
}
