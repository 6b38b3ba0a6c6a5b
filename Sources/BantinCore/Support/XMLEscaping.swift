/// Escapes text for XML and HTML, in attribute values and text nodes alike: the one
/// escaping used for everything written outside templates (charts, tables, feeds, sitemaps).
///
/// Replaces & < > " ' and drops control characters that XML 1.0 forbids outright
/// (escaping cannot save them), so every chart and feed parses as XML and embeds safely in HTML.
public enum XMLEscaping {
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
