import Foundation
import Yams

/// Loads the theme a site names, from `themes/<name>/` or, for `default`, from the copy built into Bantin.
///
/// A theme may extend another (`extends: default` in its theme.yaml): it then only holds the
/// files it changes, and in its `i18n/<language>.yaml` only the strings it changes. Templates in
/// the site's own `templates/` folder replace the theme's of the same name.
public enum ThemeLoader {
    /// One theme of an `extends:` chain: the folder it came from and its own files.
    private struct Layer {
        var origin: String
        var files: [String: Data]
    }

    public static func load(_ config: SiteConfig, from source: SiteSource, diagnostics: inout DiagnosticBag) -> Theme? {
        var layers: [Layer] = []
        guard let (files, origins) = files(of: config.theme, from: source, chain: [], at: config.themeLocation, layers: &layers,
                                           diagnostics: &diagnostics) else { return nil }
        let origin = origins[config.theme] ?? "themes/\(config.theme)/"
        var theme = Theme(name: config.theme, templates: [:], staticFiles: [:], strings: UIStrings([:]))
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                guard let text = String(data: data, encoding: .utf8) else {
                    diagnostics.error(.notUTF8, "the template is not UTF-8 text", at: SourceLocation(file: (origins[path] ?? origin) + path, line: 1, column: 1))
                    continue
                }
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                theme.templates[name] = ThemeTemplate(name: name, text: SourceFile.withoutByteOrderMark(text), path: (origins[path] ?? origin) + path)
            } else if path.hasPrefix("static/") {
                theme.staticFiles[String(path.dropFirst("static/".count))] = data
            }
        }
        for path in source.paths(under: "templates/") where path.hasSuffix(".mustache") {
            guard let data = source.contents(of: path) else { continue }
            guard let text = String(data: data, encoding: .utf8) else {
                // Skipped silently, the theme's template would take its place unseen.
                diagnostics.error(.notUTF8, "the template is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))
                continue
            }
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            theme.templates[name] = ThemeTemplate(name: name, text: SourceFile.withoutByteOrderMark(text), path: path)
        }
        let stringsPath = "i18n/\(config.language).yaml"
        var strings: [String: String] = [:]
        var last: String?
        // The theme extended first, so that each theme changes only the strings its file gives.
        for layer in layers {
            guard let data = layer.files[stringsPath] else { continue }
            let path = layer.origin + stringsPath
            last = path
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.error(.notUTF8, "the UI strings are not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))
                continue
            }
            let file = SourceFile(path: path, text: SourceFile.withoutByteOrderMark(text))
            let yaml = YAMLSource(file: file)
            guard let root = yaml.compose(file.text, into: &diagnostics) else { continue }
            guard case .mapping(let mapping) = root else {
                diagnostics.error(.wrongType, "UI strings must map names to texts", at: yaml.location(root))
                continue
            }
            for (key, value) in mapping {
                if let key = key.scalar?.string, let value = value.scalar?.string { strings[key] = value }
            }
        }
        guard let last else {
            diagnostics.error(.missingUIStrings, "theme '\(config.theme)' has no UI strings for language '\(config.language)'", at: config.languageLocation,
                              hint: "add \(origin)\(stringsPath), or set 'language:' in site.yaml to one the theme has")
            return nil
        }
        theme.strings = UIStrings(strings)
        reportMissingStrings(strings, in: last, templates: theme.templates, diagnostics: &diagnostics)
        return theme
    }

    /// An error at the theme's strings file for each key Bantin or a template uses that no
    /// theme of the chain gives, with a note at the first template that uses it.
    private static func reportMissingStrings(_ strings: [String: String], in path: String, templates: [String: ThemeTemplate],
                                             diagnostics: inout DiagnosticBag) {
        var used: [String: SourceLocation?] = Dictionary(uniqueKeysWithValues: UIStrings.Key.allCases.map { ($0.rawValue, nil) })
        for template in templates.values.sorted(by: { $0.path < $1.path }) {
            for (key, line, column) in UIStrings.references(in: template.text) where used[key] == nil {
                used[key] = SourceLocation(file: template.path, line: line, column: column, length: key.count)
            }
        }
        for (key, usage) in used.sorted(by: { $0.key < $1.key }) where strings[key] == nil {
            diagnostics.error(.missingUIStrings,
                "the UI string '\(key)' is missing", at: SourceLocation(file: path, line: 1, column: 1),
                notes: usage.map { [.init("the template uses it here", at: $0)] } ?? [],
                hint: "add '\(key): …' to this file; the strings of the theme it extends are kept, so it needs only the ones it changes or adds")
        }
    }

    /// The files of a theme with those of the themes it extends underneath: path in the theme → bytes,
    /// and for each path (and each theme name) the folder it came from, for diagnostics.
    /// `location` is where the theme is named: `theme:` in site.yaml, or `extends:` in a theme.yaml.
    private static func files(of name: String, from source: SiteSource, chain: [String], at location: SourceLocation?,
                              layers: inout [Layer], diagnostics: inout DiagnosticBag) -> ([String: Data], [String: String])? {
        if chain.contains(name) {
            diagnostics.error(.themeCycle, "themes extend each other in a circle: \((chain + [name]).joined(separator: " → "))", at: location,
                              hint: "remove 'extends:' from one of their theme.yaml files")
            return nil
        }
        let folder = "themes/\(name)/"
        var own: [String: Data] = [:]
        for path in source.paths(under: folder) {
            own[String(path.dropFirst(folder.count))] = source.contents(of: path)
        }
        var origin = folder
        if own.isEmpty {
            guard name == "default" else {
                let known = Set(source.paths(under: "themes/").compactMap { $0.split(separator: "/").dropFirst().first.map(String.init) })
                diagnostics.error(.unknownTheme, "theme '\(name)' was not found", at: location,
                                  hint: NearestName.suggest(for: name, among: known).map { "did you mean '\($0)'?" }
                                    ?? "add the folder themes/\(name)/, or write 'theme: default' in site.yaml")
                return nil
            }
            own = DefaultTheme.files.mapValues { Data($0.utf8) }
            origin = "(built-in default theme)/"
        }
        var files: [String: Data] = [:]
        var origins: [String: String] = [name: origin]
        if let (parent, parentLocation) = extendedTheme(own["theme.yaml"], path: origin + "theme.yaml", diagnostics: &diagnostics) {
            guard let inherited = self.files(of: parent, from: source, chain: chain + [name], at: parentLocation, layers: &layers,
                                             diagnostics: &diagnostics) else { return nil }
            files = inherited.0
            origins.merge(inherited.1) { mine, _ in mine }
        }
        for (path, data) in own {
            files[path] = data
            origins[path] = origin
        }
        layers.append(Layer(origin: origin, files: own))
        return (files, origins)
    }

    /// The `extends:` of a theme.yaml, if any.
    private static func extendedTheme(_ data: Data?, path: String, diagnostics: inout DiagnosticBag) -> (String, SourceLocation)? {
        guard let data, let text = String(data: data, encoding: .utf8) else { return nil }
        let source = YAMLSource(file: SourceFile(path: path, text: text))
        guard let root = source.compose(source.file.text, into: &diagnostics),
              let mapping = YAMLMapping(root, source: source, what: "theme.yaml", knownKeys: ["name", "description", "version", "extends", "author", "license"], diagnostics: &diagnostics)
        else { return nil }
        return mapping.text("extends", diagnostics: &diagnostics).map { ($0, mapping.location("extends")) }
    }
}
