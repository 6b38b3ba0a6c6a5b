/// The text of rendered HTML as a reader sees it, for the search index: tags out, entities read.
enum HTMLText {
    /// `html` without its tags (each a space) and comments (where the placeholders of fact
    /// blocks are), and with the entities cmark writes read back.
    ///
    /// One pass over the bytes: a body can be megabytes long, with a tag every few characters.
    static func plain(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                text.append(UInt8(ascii: " "))
                let comment = starts(bytes, at: index, with: Array("<!--".utf8))
                let close = comment ? Array("-->".utf8) : [UInt8(ascii: ">")]
                var end = index + (comment ? 4 : 1)
                while end < bytes.count, !starts(bytes, at: end, with: close) { end += 1 }
                index = end + close.count
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = entity(bytes, at: index) {
                text.append(decoded)
                index += length
            } else {
                text.append(byte)
                index += 1
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let entities: [([UInt8], UInt8)] = [
        (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
        (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
        (Array("&amp;".utf8), UInt8(ascii: "&")),
    ]

    private static func entity(_ bytes: [UInt8], at index: Int) -> (UInt8, Int)? {
        for (name, byte) in entities where starts(bytes, at: index, with: name) { return (byte, name.count) }
        return nil
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
