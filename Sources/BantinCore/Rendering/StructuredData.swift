/// Schema.org data for a page's head, as JSON-LD, so a link shared on Zalo or Facebook, or
/// found by a search engine, shows the article's headline, date, picture and publisher.
///
/// Built from ordered pairs rather than a dictionary, so the output is the same on every build.
enum StructuredData {
    indirect enum Value {
        case text(String)
        case object([(String, Value)])
        case array([Value])
    }

    /// The value as JSON with `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`, so no
    /// text can end the script element or start a comment in it (they only occur inside strings).
    static func json(_ value: Value) -> String {
        var out = JSONBytes()
        write(value, into: &out)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(out.bytes.count)
        for byte in out.bytes {
            switch byte {
            case UInt8(ascii: "<"): escaped += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): escaped += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): escaped += Array("\\u0026".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func write(_ value: Value, into out: inout JSONBytes) {
        switch value {
        case .text(let text):
            out.string(text)
        case .array(let items):
            out.raw("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.raw(",") }
                write(item, into: &out)
            }
            out.raw("]")
        case .object(let pairs):
            out.raw("{")
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out.raw(",") }
                out.string(pair.0)
                out.raw(":")
                write(pair.1, into: &out)
            }
            out.raw("}")
        }
    }

    /// The publisher: the bulletin itself, named as `site.yaml` names it.
    static func publisher(name: String, url: String?) -> Value {
        var pairs: [(String, Value)] = [("@type", .text("Organization")), ("name", .text(name))]
        if let url { pairs.append(("url", .text(url))) }
        return .object(pairs)
    }

    /// A unit of the gazetteer as an administrative area, inside the units above it.
    static func place(_ names: [String]) -> Value? {
        guard let name = names.first else { return nil }
        var pairs: [(String, Value)] = [("@type", .text("AdministrativeArea")), ("name", .text(name))]
        if let parent = place(Array(names.dropFirst())) { pairs.append(("containedInPlace", parent)) }
        return .object(pairs)
    }
}
