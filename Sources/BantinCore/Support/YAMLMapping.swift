import BantinMarkdown
import Yams

/// A YAML mapping read key by key against a list of known keys.
///
/// Unknown keys are reported with the nearest known key, so a typo never silently drops data.
public struct YAMLMapping {
    public let node: Node
    public let source: YAMLSource
    private(set) var entries: [String: (key: Node, value: Node)] = [:]

    /// Reads `node` as a mapping of `what` (shown in messages); nil, with a diagnostic, if it is not one.
    public init?(_ node: Node, source: YAMLSource, what: String, knownKeys: [String], diagnostics: inout DiagnosticBag) {
        self.node = node
        self.source = source
        guard case .mapping(let mapping) = node else {
            diagnostics.error(.wrongType, "\(what) must be a mapping of keys to values", at: source.location(node))
            return nil
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.error(.wrongType, "a key in \(what) must be plain text", at: source.location(key))
                continue
            }
            guard knownKeys.contains(name) else {
                let hint = NearestName.suggest(for: name, among: knownKeys).map { "did you mean '\($0)'?" }
                    ?? "known keys: \(knownKeys.joined(separator: ", "))"
                diagnostics.error(.unknownKey, "unknown key '\(name)' in \(what)", at: source.location(key), hint: hint)
                continue
            }
            // Yams rejects a mapping with a key given twice before it gets here (see YAMLSource).
            entries[name] = (key, value)
        }
    }

    public subscript(key: String) -> Node? { entries[key]?.value }

    public func keyNode(_ key: String) -> Node? { entries[key]?.key }

    /// The node's location, or the mapping's when the key is absent.
    public func location(_ key: String) -> SourceLocation {
        entries[key].map { source.location($0.value) } ?? source.location(node)
    }

    /// Reports each missing required key at the start of the mapping.
    public func require(_ keys: [String], what: String, at location: SourceLocation? = nil, diagnostics: inout DiagnosticBag) {
        for key in keys where entries[key] == nil {
            diagnostics.error(.missingKey, "\(what) has no '\(key)'", at: location ?? source.location(node), hint: "add '\(key): …'")
        }
    }

    /// A non-empty text value; numbers and dates are taken as they were written.
    public func text(_ key: String, diagnostics: inout DiagnosticBag) -> String? {
        guard let value = self[key] else { return nil }
        guard case .scalar(let scalar) = value, scalar.tag.description != "tag:yaml.org,2002:null" else {
            diagnostics.error(.wrongType, "'\(key)' must be text", at: source.location(value))
            return nil
        }
        let text = Whitespace.trimming(scalar.string, where: Whitespace.isSpaceOrNewline)
        if text.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(text)) {
            diagnostics.error(.emptyValue, "'\(key)' is empty", at: source.location(value))
            return nil
        }
        return text
    }

    /// A list of texts; a single text is taken as a list of one.
    public func textList(_ key: String, diagnostics: inout DiagnosticBag) -> [(text: String, location: SourceLocation)]? {
        guard let value = self[key] else { return nil }
        switch value {
        case .scalar(let scalar):
            return [(scalar.string, source.location(value))]
        case .sequence(let sequence):
            var items: [(String, SourceLocation)] = []
            for item in sequence {
                if case .scalar(let scalar) = item, !scalar.string.isEmpty {
                    items.append((scalar.string, source.location(item)))
                } else {
                    diagnostics.error(.wrongType, "each item of '\(key)' must be text", at: source.location(item))
                }
            }
            return items
        default:
            diagnostics.error(.wrongType, "'\(key)' must be a list, like [a, b]", at: source.location(value))
            return nil
        }
    }

    /// A boolean written true or false.
    public func bool(_ key: String, diagnostics: inout DiagnosticBag) -> Bool? {
        guard let value = self[key] else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain else {
            diagnostics.error(.wrongType, "'\(key)' must be true or false", at: source.location(value))
            return nil
        }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.error(.wrongType, "'\(key)' must be true or false, not '\(scalar.string)'", at: source.location(value))
            return nil
        }
    }

    /// The `slug` key when it is a valid slug, else the slug of `title`; with where it comes from.
    public func slug(title: String?, diagnostics: inout DiagnosticBag) -> (slug: String, location: SourceLocation) {
        guard let written = text("slug", diagnostics: &diagnostics) else {
            let slug = title.map { VietnameseSlug.make($0) } ?? ""
            // An empty slug would make the page's folder "" and land it on another page's path.
            if let title, slug.isEmpty {
                diagnostics.error(.emptySlug, "the title '\(title)' gives an empty slug", at: location("title"),
                                  hint: "add 'slug:' with lower case letters, digits and '-'")
            }
            if let problem = VietnameseSlug.lengthProblem(slug, what: "the slug made from the title", at: location("title"),
                                                          fix: "add a shorter 'slug:'") {
                diagnostics.append(problem)
            }
            return (slug, location("title"))
        }
        if !VietnameseSlug.isValid(written) {
            diagnostics.error(.badSlug, "'\(written)' is not a valid slug", at: location("slug"),
                              hint: "use lower case letters, digits and '-', such as '\(VietnameseSlug.make(written))'")
        } else if let problem = VietnameseSlug.lengthProblem(written, what: "the slug", at: location("slug"), fix: "write a shorter 'slug:'") {
            diagnostics.append(problem)
        }
        return (written, location("slug"))
    }

    /// A whole number, at least `minimum`.
    public func integer(_ key: String, minimum: Int, diagnostics: inout DiagnosticBag) -> Int? {
        guard let value = self[key] else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string), number >= minimum else {
            diagnostics.error(.wrongType, "'\(key)' must be a whole number of at least \(minimum)", at: source.location(value))
            return nil
        }
        return number
    }
}
