extension MarkdownDocument {
    /// The final HTML: each link placeholder replaced by its resolved URL, each block by its HTML.
    ///
    /// `link` returns a URL that is escaped here for an attribute; `block` returns HTML inserted as it is.
    public func filled(link: (Int, MarkdownLink) -> String, block: (Int, CapturedBlock) -> String) -> String {
        if links.isEmpty && blocks.isEmpty { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + 512)
        var rest = html[...]
        while let range = rest.firstRange(of: placeholderPrefix) {
            // Step back to include the quote or comment opener that starts the marker.
            let before = rest[..<range.lowerBound]
            // Only an href or src can hold a link placeholder: the same text in a title is the author's.
            // A placeholder is whole: the quote that closes the attribute, or "-->", follows its number.
            if before.hasSuffix(" href=\"") || before.hasSuffix(" src=\""), let number = Self.number(after: rest[range.upperBound...], tag: "link-"),
               number.rest.hasPrefix("\"") {
                output += before.dropLast()
                let index = number.value
                output += "\"" + Self.escapeAttribute(index < links.count ? link(index, links[index]) : "") + "\""
                rest = number.rest.dropFirst() // the closing quote
            } else if before.hasSuffix("<!--"), let number = Self.number(after: rest[range.upperBound...], tag: "block-"), number.rest.hasPrefix("-->") {
                output += before.dropLast(4)
                let index = number.value
                output += index < blocks.count ? block(index, blocks[index]) : ""
                rest = number.rest.dropFirst(3) // "-->"
            } else {
                output += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
            }
        }
        output += rest
        return output
    }

    private static func number(after text: Substring, tag: String) -> (value: Int, rest: Substring)? {
        guard text.hasPrefix(tag) else { return nil }
        let digits = text.dropFirst(tag.count).prefix(while: { $0.isASCII && $0.isNumber })
        guard let value = Int(digits) else { return nil }
        return (value, text.dropFirst(tag.count + digits.count))
    }

    /// Escapes text for a double-quoted HTML attribute.
    public static func escapeAttribute(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case " ": result += "%20"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
