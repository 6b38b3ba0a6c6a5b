/// Escapes text for XML and HTML, in attribute values and text nodes alike: the one
/// escaping used for everything Bantin writes, templates included.
///
/// Replaces & < > " ' and drops control characters that XML 1.0 forbids outright
/// (escaping cannot save them), so every chart and feed parses as XML and embeds safely in HTML.
/// It works on UTF-8 bytes and returns text without such characters unchanged: pages
/// escape every title and summary, so this is on the hot path of a build.
public enum XMLEscaping {
    public static func escape(_ text: String) -> String {
        var text = text
        let clean = text.withUTF8 { bytes in !bytes.contains(where: needsWork) }
        if clean { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 32)
        var utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "&"): output += Array("&amp;".utf8)
            case UInt8(ascii: "<"): output += Array("&lt;".utf8)
            case UInt8(ascii: ">"): output += Array("&gt;".utf8)
            case UInt8(ascii: "\""): output += Array("&quot;".utf8)
            case UInt8(ascii: "'"): output += Array("&#39;".utf8)
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): output.append(byte)
            case ..<0x20: break
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                // U+FFFE and U+FFFF are not characters in XML.
                index += 2
            default: output.append(byte)
            }
            index += 1
        }
        utf8 = output
        return String(decoding: utf8, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: return true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return false
        default: return byte < 0x20
        }
    }
}
