import Yams

/// Applies a site's `content/localities.yaml` to the national gazetteer, reporting every
/// problem at its line.
///
/// The file is optional. It is a tree from the provinces down, like the national one: a
/// node that names a national unit (by its name, or by `id:`) refers to it, and renames it
/// when its `name` differs; a node below one that the national gazetteer lacks adds a unit
/// (a thôn, a tổ dân phố …) of its parent's era. A path of both eras (`lam-dong`) refers to
/// both units; a new unit below it goes under the two-level one.
public enum GazetteerParser {
    public static let path = "content/localities.yaml"
    static let keys = ["name", "kind", "id", "children"]

    public static func parse(_ file: SourceFile, base: Gazetteer = .national, diagnostics: inout DiagnosticBag) -> Gazetteer {
        var gazetteer = base
        let source = YAMLSource(file: file)
        guard let root = source.compose(file.text, into: &diagnostics) else { return gazetteer }
        guard case .sequence(let provinces) = root else {
            diagnostics.error(.wrongType, "localities.yaml must be a list of provinces", at: source.location(root),
                              hint: "start each province with '- name: …'")
            return gazetteer
        }
        var written: [Int: (name: String, location: SourceLocation)] = [:]

        func visit(_ node: Node, parents: [Int]) {
            guard let mapping = YAMLMapping(node, source: source, what: "a locality", knownKeys: keys, diagnostics: &diagnostics) else { return }
            mapping.require(["name"], what: "a locality", diagnostics: &diagnostics)
            guard let name = mapping.text("name", diagnostics: &diagnostics) else { return }
            let kind = mapping.text("kind", diagnostics: &diagnostics)?.lowercased()
            if let kind, !Gazetteer.kinds.contains(kind) {
                let hint = NearestName.suggest(for: kind, among: Gazetteer.kinds).map { "did you mean '\($0)'?" }
                    ?? "known kinds: \(Gazetteer.kinds.joined(separator: ", "))"
                diagnostics.error(.unknownKind, "unknown kind '\(kind)' of \(name)", at: mapping.location("kind"), hint: hint)
            }
            var id = VietnameseSlug.make(name)
            let explicit = mapping.text("id", diagnostics: &diagnostics)
            if let explicit {
                if VietnameseSlug.isValid(explicit) {
                    id = explicit
                } else {
                    diagnostics.error(.badSlug, "id '\(explicit)' is not a slug", at: mapping.location("id"),
                                      hint: "use lower case letters, digits and '-', such as '\(VietnameseSlug.make(explicit))'")
                }
            }
            guard !id.isEmpty else {
                diagnostics.error(.emptySlug, "the name '\(name)' gives an empty id", at: mapping.location("name"), hint: "add an 'id:'")
                return
            }
            let hasID = mapping["id"] != nil
            if let problem = VietnameseSlug.lengthProblem(id, what: hasID ? "the id" : "the id made from the name",
                                                          at: mapping.location(hasID ? "id" : "name"),
                                                          fix: hasID ? "write a shorter 'id:'" : "add a shorter 'id:'") {
                diagnostics.append(problem)
                return
            }
            let location = source.location(mapping.keyNode("name") ?? node)
            let idLocation = mapping.keyNode("id").map { source.location($0) } ?? mapping.location("name")

            // The units this node names: by name among the children first (so "Sơn Hạ" is not
            // taken for its sibling "Sơn Hà"), then by id.
            let siblings = parents.isEmpty ? gazetteer.roots : parents.flatMap { gazetteer[$0].children }
            var matches = explicit == nil ? siblings.filter { gazetteer[$0].name == name } : []
            if matches.isEmpty { matches = siblings.filter { gazetteer[$0].id == id } }

            if matches.isEmpty {
                guard let parent = parents.max(by: { gazetteer[$0].era < gazetteer[$1].era }) else {
                    let provinces = gazetteer.roots.map { gazetteer[$0].name }.uniqued()
                    diagnostics.error(.notInGazetteer, "'\(name)' is not a province of the national gazetteer", at: mapping.location("name"),
                                      hint: NearestName.suggest(for: name, among: provinces).map { "did you mean '\($0)'?" }
                                        ?? "the file adds units below the national ones: start from their province, like '- name: Lâm Đồng'")
                    return
                }
                guard let kind, Gazetteer.kinds.contains(kind) else {
                    if kind == nil {
                        diagnostics.error(.notInGazetteer, "'\(name)' is not in the national gazetteer under \(gazetteer[parent].phrase), and has no kind",
                                          at: mapping.location("name"),
                                          hint: "to add it, give its kind, such as 'kind: thôn'; to name a national unit, check its spelling")
                    }
                    return
                }
                let (index, _) = gazetteer.add(id: id, name: name, kind: kind, parent: parent, era: gazetteer[parent].era, location: location)
                matches = [index]
            } else {
                for unit in matches {
                    if let earlier = written[unit] {
                        let message = earlier.name == name
                            ? "'\(name)' is written twice under the same parent"
                            : "'\(name)' has the id '\(id)', like its sibling '\(earlier.name)'"
                        diagnostics.error(.duplicateLocality, message, at: earlier.name == name ? location : idLocation,
                                          notes: [.init("'\(earlier.name)' is here", at: earlier.location)],
                                          hint: earlier.name == name ? "keep one of them, and put all their children under it"
                                            : "give one of them an explicit id, such as 'id: \(id)-\(VietnameseSlug.make(kind ?? gazetteer[unit].kind))'")
                        return
                    }
                    if gazetteer[unit].name != name { gazetteer.rename(unit, to: name, at: location) }
                    gazetteer.setLocation(location, of: unit)
                }
            }
            for unit in matches { written[unit] = (name, location) }
            if let children = mapping["children"] {
                guard case .sequence(let list) = children else {
                    diagnostics.error(.wrongType, "'children' of \(name) must be a list", at: source.location(children))
                    return
                }
                for child in list { visit(child, parents: matches) }
            }
        }

        for province in provinces { visit(province, parents: []) }
        return gazetteer
    }
}
