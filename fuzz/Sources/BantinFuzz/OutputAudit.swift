import BantinCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks a built site the way an attacker would look at it: where a file lands, and what a browser would run.
///
/// Shared by the fuzz harness and the hardening tests. Each problem is one line naming
/// the file and what is wrong; an empty list means the output is safe to serve.
enum OutputAudit {
    /// The theme's own scripts: the search page loads its index and its code, nothing else.
    static let allowedScriptSources = ["chi-muc.js", "search.js"]

    /// Every check on every file of a build.
    static func site(_ files: [(path: String, contents: Data)]) -> [String] {
        var problems: [String] = []
        var seen = Set<String>()
        for file in files {
            problems += path(file.path)
            if !seen.insert(file.path).inserted { problems.append("\(file.path): made twice") }
        }
        // A file cannot also be a folder of another file.
        for path in seen {
            var folder = PathNormalizer.folder(of: path)
            while !folder.isEmpty {
                folder.removeLast()
                if seen.contains(folder) { problems.append("\(folder): is both a file and the folder of \(path)") }
                folder = PathNormalizer.folder(of: folder)
            }
        }
        for file in files {
            let text = String(decoding: file.contents, as: UTF8.self)
            if file.path.hasSuffix(".html") {
                problems += html(text, allowScripts: true).map { "\(file.path): \($0)" }
            } else if file.path.hasSuffix(".xml") {
                problems += xml(file.contents).map { "\(file.path): \($0)" }
            } else if file.path == "du-lieu/facts.json" {
                problems += json(file.contents).map { "\(file.path): \($0)" }
            } else if file.path.hasPrefix("tim-kiem/"), file.path.hasSuffix(".js") {
                problems += searchIndex(text).map { "\(file.path): \($0)" }
            }
        }
        if let csv = files.first(where: { $0.path == "du-lieu/facts.csv" }), let json = files.first(where: { $0.path == "du-lieu/facts.json" }) {
            problems += exports(csv: String(decoding: csv.contents, as: UTF8.self), json: json.contents)
        }
        return problems
    }

    static func site(_ files: [BantinCore.OutputFile]) -> [String] {
        site(files.map { ($0.path, $0.contents) })
    }

    /// A path under the output folder: relative, normalized, no empty or dot component.
    static func path(_ path: String) -> [String] {
        if path.isEmpty { return ["an output file has an empty path"] }
        if path.hasPrefix("/") { return ["\(path): absolute output path"] }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) { return ["\(path): not a clean relative path"] }
        if path.utf8.contains(0) { return ["\(path.replacingOccurrences(of: "\0", with: "\\0")): holds a NUL, where the system would cut it short"] }
        return []
    }

    // MARK: HTML

    /// Script elements, event-handler attributes and script URLs that a browser would run.
    static func html(_ text: String, allowScripts: Bool) -> [String] {
        var problems: [String] = []
        let bytes = Array(text.utf8)
        var index = 0
        func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                index = find(Array("-->".utf8), in: bytes, from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            var cursor = index + 1
            let closing = at(cursor) == UInt8(ascii: "/")
            if closing { cursor += 1 }
            guard let first = at(cursor), isLetter(first) else {
                index += 1
                continue
            }
            var name: [UInt8] = []
            while let byte = at(cursor), !isSpace(byte), byte != UInt8(ascii: "/"), byte != UInt8(ascii: ">") {
                name.append(byte)
                cursor += 1
            }
            let tag = String(decoding: name, as: UTF8.self).lowercased()
            var attributes: [(name: String, value: String)] = []
            while let byte = at(cursor), byte != UInt8(ascii: ">") {
                if isSpace(byte) || byte == UInt8(ascii: "/") {
                    cursor += 1
                    continue
                }
                var attribute: [UInt8] = []
                while let byte = at(cursor), !isSpace(byte), byte != UInt8(ascii: "/"), byte != UInt8(ascii: ">"), byte != UInt8(ascii: "=") || attribute.isEmpty {
                    attribute.append(byte)
                    cursor += 1
                }
                while let byte = at(cursor), isSpace(byte) { cursor += 1 }
                var value: [UInt8] = []
                if at(cursor) == UInt8(ascii: "=") {
                    cursor += 1
                    while let byte = at(cursor), isSpace(byte) { cursor += 1 }
                    if let quote = at(cursor), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        cursor += 1
                        while let byte = at(cursor), byte != quote {
                            value.append(byte)
                            cursor += 1
                        }
                        cursor += 1
                    } else {
                        while let byte = at(cursor), !isSpace(byte), byte != UInt8(ascii: ">") {
                            value.append(byte)
                            cursor += 1
                        }
                    }
                }
                attributes.append((String(decoding: attribute, as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self)))
            }
            index = cursor + 1
            if closing { continue }
            for attribute in attributes {
                if attribute.name.hasPrefix("on") {
                    problems.append("<\(tag)> has the event handler \(attribute.name)=\"\(attribute.value)\"")
                }
                if ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "data"].contains(attribute.name),
                   let scheme = dangerousScheme(attribute.value) {
                    problems.append("<\(tag) \(attribute.name)> runs a \(scheme) URL: \(attribute.value)")
                }
            }
            switch tag {
            case "script" where attributes.contains(where: { $0.name == "type" && $0.value == "application/ld+json" }):
                // Data for search engines, never run: it must be JSON with no '<' that could end the element.
                let end = find(Array("</script".utf8), in: bytes, from: index, caseInsensitive: true) ?? bytes.count
                let data = Data(bytes[index..<end])
                if data.contains(UInt8(ascii: "<")) { problems.append("'<' inside JSON-LD") }
                if (try? JSONSerialization.jsonObject(with: data)) == nil { problems.append("JSON-LD that is not JSON") }
                index = end
            case "script":
                let source = attributes.first { $0.name == "src" }?.value ?? ""
                let allowed = allowScripts && allowedScriptSources.contains { source.hasSuffix($0) }
                if !allowed { problems.append("<script> with src '\(source)'") }
                // Its content is raw text up to </script.
                index = find(Array("</script".utf8), in: bytes, from: index, caseInsensitive: true) ?? bytes.count
            case "iframe", "object", "embed", "base", "frame", "applet":
                problems.append("<\(tag)> element")
            case "meta" where attributes.contains(where: { $0.name == "http-equiv" }):
                problems.append("<meta http-equiv> element")
            case "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext":
                // Raw text or RCDATA: tags inside are text. The page's own, with escaped text only.
                index = find(Array("</\(tag)".utf8), in: bytes, from: index, caseInsensitive: true) ?? bytes.count
            default:
                break
            }
        }
        return problems
    }

    /// The scheme a browser would run, once entities, blanks and control characters are taken out as browsers do.
    static func dangerousScheme(_ value: String) -> String? {
        let decoded = decodeEntities(value)
        var cleaned = ""
        for scalar in decoded.unicodeScalars where scalar.value > 0x20 {
            cleaned.unicodeScalars.append(scalar)
        }
        let lower = cleaned.lowercased()
        for scheme in ["javascript:", "vbscript:"] where lower.hasPrefix(scheme) { return scheme }
        if lower.hasPrefix("data:") && !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: lower.hasPrefix) {
            return "data:"
        }
        return nil
    }

    /// `&#106;`, `&#x6A;`, `&amp;`, `&colon;` and the few named entities that can spell a scheme.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        let named: [String: String] = ["amp": "&", "colon": ":", "tab": "\t", "newline": "\n", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "sol": "/", "lpar": "(", "rpar": ")"]
        while let amp = rest.firstIndex(of: "&") {
            output += rest[..<amp]
            rest = rest[rest.index(after: amp)...]
            let body = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
            var decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[body.lowercased()]
            }
            if let decoded, !body.isEmpty {
                output += decoded
                rest = rest.dropFirst(body.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                output += "&"
            }
        }
        return output + rest
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { caseInsensitive && (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
        var index = start
        while index <= bytes.count - needle.count {
            var matched = true
            for offset in 0..<needle.count where lower(bytes[index + offset]) != lower(needle[offset]) {
                matched = false
                break
            }
            if matched { return index }
            index += 1
        }
        return nil
    }

    // MARK: Feeds, exports, search

    /// Feeds and sitemaps must be well-formed XML.
    static func xml(_ data: Data) -> [String] {
        let parser = XMLParser(data: data)
        guard parser.parse() else {
            return ["not well-formed XML at line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "unknown error")"]
        }
        return []
    }

    static func json(_ data: Data) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any], root["facts"] is [Any] else {
            return ["not a JSON object with a 'facts' list: \(String(decoding: data.prefix(80), as: UTF8.self))"]
        }
        return []
    }

    /// The CSV must parse as RFC 4180 into rows of the header's width, one per fact of the JSON.
    static func exports(csv: String, json: Data) -> [String] {
        guard let rows = parseCSV(csv) else { return ["du-lieu/facts.csv: a quoted field is never closed"] }
        var problems: [String] = []
        let width = rows.first?.count ?? 0
        for (number, row) in rows.enumerated() where row.count != width {
            problems.append("du-lieu/facts.csv: row \(number + 1) has \(row.count) fields, not \(width)")
        }
        if let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any], let facts = object["facts"] as? [Any],
           facts.count != rows.count - 1 {
            problems.append("du-lieu/facts.json has \(facts.count) facts but du-lieu/facts.csv has \(rows.count - 1)")
        }
        return problems
    }

    /// RFC 4180 with CRLF line ends; nil when a quote is left open.
    static func parseCSV(_ text: String) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field += "\""
                        scalars = scalars.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r" where scalars.first == "\n":
                scalars = scalars.dropFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if quoted { return nil }
        if !row.isEmpty || !field.isEmpty { rows.append(row + [field]) }
        return rows
    }

    /// `BANTIN_SEARCH_LOADED("name",json);` with no `</` that could close a script element, and JSON inside.
    static func searchIndex(_ text: String) -> [String] {
        let prefix = "BANTIN_SEARCH_LOADED(\"", suffix = ");\n"
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), let comma = text.firstIndex(of: ",") else { return ["not the expected script"] }
        if text.contains("</") { return ["'</' in the script"] }
        let json = String(text[text.index(after: comma)...].dropLast(suffix.count)).replacingOccurrences(of: "<\\/", with: "</")
        guard (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil else { return ["the index is not JSON"] }
        return []
    }
}
