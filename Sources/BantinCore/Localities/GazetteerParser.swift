import Yams

/// Reads `content/localities.yaml` into a `Gazetteer`, reporting every problem at its line.
public enum GazetteerParser {
    public static let path = "content/localities.yaml"
    static let keys = ["name", "kind", "id", "children", "until", "merged_into"]

    public static func parse(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Gazetteer {
        var gazetteer = Gazetteer()
        let source = YAMLSource(file: file)
        guard let root = source.compose(file.text, into: &diagnostics) else { return gazetteer }
        guard case .sequence(let provinces) = root else {
            diagnostics.error("localities.yaml must be a list of provinces", at: source.location(root),
                              hint: "start each province with '- name: …'")
            return gazetteer
        }
        var pendingMerges: [(index: Int, reference: String, location: SourceLocation)] = []
        var untils: [Int: ArticleDate] = [:]

        func visit(_ node: Node, parent: Int?) {
            guard let mapping = YAMLMapping(node, source: source, what: "a locality", knownKeys: keys, diagnostics: &diagnostics) else { return }
            mapping.require(["name", "kind"], what: "a locality", diagnostics: &diagnostics)
            guard let name = mapping.text("name", diagnostics: &diagnostics) else { return }
            var kind = mapping.text("kind", diagnostics: &diagnostics) ?? ""
            if !kind.isEmpty, !Gazetteer.kinds.contains(kind.lowercased()) {
                let hint = NearestName.suggest(for: kind, among: Gazetteer.kinds).map { "did you mean '\($0)'?" }
                    ?? "known kinds: \(Gazetteer.kinds.joined(separator: ", "))"
                diagnostics.error("unknown kind '\(kind)' of \(name)", at: mapping.location("kind"), hint: hint)
            }
            kind = kind.lowercased()
            var id = VietnameseSlug.make(name)
            if let explicit = mapping.text("id", diagnostics: &diagnostics) {
                if VietnameseSlug.isValid(explicit) {
                    id = explicit
                } else {
                    diagnostics.error("id '\(explicit)' is not a slug", at: mapping.location("id"),
                                      hint: "use lower case letters, digits and '-', such as '\(VietnameseSlug.make(explicit))'")
                }
            }
            guard !id.isEmpty else {
                diagnostics.error("the name '\(name)' gives an empty id", at: mapping.location("name"), hint: "add an 'id:'")
                return
            }
            let explicit = mapping["id"] != nil
            if let problem = VietnameseSlug.lengthProblem(id, what: explicit ? "the id" : "the id made from the name",
                                                          at: mapping.location(explicit ? "id" : "name"),
                                                          fix: explicit ? "write a shorter 'id:'" : "add a shorter 'id:'") {
                diagnostics.append(problem)
                return
            }
            let location = source.location(mapping.keyNode("name") ?? node)
            let (index, added) = gazetteer.add(id: id, name: name, kind: kind, parent: parent, location: location)
            if !added {
                let other = gazetteer[index]
                diagnostics.error(
                    "'\(name)' has the id '\(id)', like its sibling '\(other.name)'",
                    at: mapping.keyNode("id").map { source.location($0) } ?? mapping.location("name"),
                    notes: [.init("'\(other.name)' is here", at: other.location)],
                    hint: "give one of them an explicit id, such as 'id: \(id)-\(VietnameseSlug.make(kind))'"
                )
                return
            }
            if let until = mapping.text("until", diagnostics: &diagnostics) {
                switch ArticleDate.parse(until) {
                case .success(let date): untils[index] = date
                case .failure(.outOfRange(let day)):
                    diagnostics.error("'until: \(day)' is outside the dates a bulletin may have", at: mapping.location("until"),
                                      hint: "check the year; \(ArticleDate.rangeHint)")
                case .failure:
                    diagnostics.error("'until' must be a date like 2025-06-30, not '\(until)'", at: mapping.location("until"))
                }
            }
            if let merged = mapping.text("merged_into", diagnostics: &diagnostics) {
                pendingMerges.append((index, merged, mapping.location("merged_into")))
            }
            if let children = mapping["children"] {
                guard case .sequence(let list) = children else {
                    diagnostics.error("'children' of \(name) must be a list", at: source.location(children))
                    return
                }
                for child in list { visit(child, parent: index) }
            }
        }

        for province in provinces { visit(province, parent: nil) }

        for (index, date) in untils.sorted(by: { $0.key < $1.key }) {
            gazetteer.set(until: date, mergedInto: nil, at: index)
        }
        for merge in pendingMerges {
            switch gazetteer.resolve(merge.reference) {
            case .success(let target):
                gazetteer.set(until: gazetteer[merge.index].until, mergedInto: target, at: merge.index)
            case .failure(let failure):
                diagnostics.append(LocalityReference.diagnostic(for: failure, reference: merge.reference, at: merge.location))
            }
        }
        return gazetteer
    }
}
