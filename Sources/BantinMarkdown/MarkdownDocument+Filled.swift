import Foundation

extension MarkdownDocument {
    /// The final HTML: each link placeholder replaced by its resolved URL, each block by its HTML.
    ///
    /// `link` returns a URL that is escaped here for an attribute; `block` and `image` return HTML
    /// inserted as it is. Without `image`, an image of the site is a plain `<img>` whose source is
    /// what `link` returns.
    public func filled(link: (Int, MarkdownLink) -> String, block: (Int, CapturedBlock) -> String,
                       image: ((Int, MarkdownLink) -> String)? = nil) -> String {
        if links.isEmpty && blocks.isEmpty { return html }
        // On bytes: every article's body goes through here. The placeholders and what surrounds
        // them are ASCII, so every cut falls between whole scalars, and the HTML between them is
        // copied as it is, without being decoded again.
        let utf8 = html.utf8
        func slice(_ range: Range<Int>) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
        }
        var html = html
        let prefix = Array(placeholderPrefix.utf8)
        var output = ""
        output.reserveCapacity(utf8.count + 512)
        html.withUTF8 { bytes in
            func has(_ text: StaticString, at offset: Int) -> Bool {
                offset >= 0 && offset + text.utf8CodeUnitCount <= bytes.count
                    && memcmp(bytes.baseAddress! + offset, text.utf8Start, text.utf8CodeUnitCount) == 0
            }
            var rest = 0
            /// True when the text not yet copied ends with `text` just before `offset`.
            func precedes(_ text: StaticString, _ offset: Int) -> Bool {
                offset - rest >= text.utf8CodeUnitCount && has(text, at: offset - text.utf8CodeUnitCount)
            }
            while let found = ByteSearch.firstOffset(of: prefix, in: bytes, from: rest) {
                let after = found + prefix.count
                // Step back to include the quote or comment opener that starts the marker.
                // Only an href or src can hold a link placeholder: the same text in a title is the author's.
                // A placeholder is whole: the quote that closes the attribute, or "-->", follows its number.
                if precedes(" href=\"", found) || precedes(" src=\"", found),
                   let (index, end) = Self.number(in: bytes, at: after, tag: "link-"), has("\"", at: end) {
                    output += slice(rest..<(found - 1))
                    output += "\"" + Self.escapeAttribute(index < links.count ? link(index, links[index]) : "") + "\""
                    rest = end + 1 // the closing quote
                } else if precedes("<!--", found), let (index, end) = Self.number(in: bytes, at: after, tag: "image-"), has("-->", at: end) {
                    output += slice(rest..<(found - 4))
                    if index < links.count {
                        if let image {
                            output += image(index, links[index])
                        } else {
                            let picture = links[index]
                            let title = picture.title.isEmpty ? "" : " title=\"\(Self.escapeText(picture.title))\""
                            output += "<img src=\"\(Self.escapeAttribute(link(index, picture)))\" alt=\"\(Self.escapeText(picture.text))\"\(title) />"
                        }
                    }
                    rest = end + 3 // "-->"
                } else if precedes("<!--", found), let (index, end) = Self.number(in: bytes, at: after, tag: "block-"), has("-->", at: end) {
                    output += slice(rest..<(found - 4))
                    output += index < blocks.count ? block(index, blocks[index]) : ""
                    rest = end + 3 // "-->"
                } else {
                    output += slice(rest..<after)
                    rest = after
                }
            }
            output += slice(rest..<bytes.count)
        }
        return output
    }

    /// The number written at `offset` after `tag`, and the offset just past its digits.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, tag: StaticString) -> (value: Int, end: Int)? {
        let count = tag.utf8CodeUnitCount
        guard offset + count <= bytes.count, memcmp(bytes.baseAddress! + offset, tag.utf8Start, count) == 0 else { return nil }
        var end = offset + count
        while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
        guard let value = Int(String(decoding: bytes[(offset + count)..<end], as: UTF8.self)) else { return nil }
        return (value, end)
    }

    /// Escapes text for HTML, in an element or a double-quoted attribute; spaces stay spaces.
    public static func escapeText(_ text: String) -> String {
        escaped(text, encodingSpaces: false)
    }

    /// Escapes a URL for a double-quoted HTML attribute.
    public static func escapeAttribute(_ text: String) -> String {
        escaped(text, encodingSpaces: true)
    }

    private static func escaped(_ text: String, encodingSpaces: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case " " where encodingSpaces: result += "%20"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
