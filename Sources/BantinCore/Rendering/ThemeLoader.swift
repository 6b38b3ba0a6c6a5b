import Foundation
import Yams

/// Loads the theme a site names, from `themes/<name>/` or, for `default`, from the copy built into Bantin.
///
/// Templates in the site's own `templates/` folder replace the theme's templates of the same name.
public enum ThemeLoader {
    public static func load(_ config: SiteConfig, from source: SiteSource, diagnostics: inout DiagnosticBag) -> Theme? {
        let folder = "themes/\(config.theme)/"
        var files: [String: Data] = [:]
        var origin = folder
        for path in source.paths(under: folder) {
            files[String(path.dropFirst(folder.count))] = source.contents(of: path)
        }
        if files.isEmpty {
            guard config.theme == "default" else {
                diagnostics.error("theme '\(config.theme)' was not found", at: nil,
                                  hint: "add the folder themes/\(config.theme)/, or write 'theme: default' in site.yaml")
                return nil
            }
            files = DefaultTheme.files.mapValues { Data($0.utf8) }
            origin = "(built-in default theme)/"
        }
        var theme = Theme(name: config.theme, templates: [:], staticFiles: [:], strings: [:])
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                guard let text = String(data: data, encoding: .utf8) else {
                    diagnostics.error("the template is not UTF-8 text", at: SourceLocation(file: origin + path, line: 1, column: 1))
                    continue
                }
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                theme.templates[name] = ThemeTemplate(name: name, text: text, path: origin + path)
            } else if path.hasPrefix("static/") {
                theme.staticFiles[String(path.dropFirst("static/".count))] = data
            }
        }
        for path in source.paths(under: "templates/") where path.hasSuffix(".mustache") {
            guard let data = source.contents(of: path), let text = String(data: data, encoding: .utf8) else { continue }
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            theme.templates[name] = ThemeTemplate(name: name, text: text, path: path)
        }
        let stringsPath = "i18n/\(config.language).yaml"
        guard let stringsData = files[stringsPath], let stringsText = String(data: stringsData, encoding: .utf8) else {
            diagnostics.error("theme '\(config.theme)' has no UI strings for language '\(config.language)'", at: nil,
                              hint: "add \(origin)\(stringsPath), or set 'language:' in site.yaml to one the theme has")
            return nil
        }
        let file = SourceFile(path: origin + stringsPath, text: stringsText)
        let yaml = YAMLSource(file: file)
        if let root = yaml.compose(stringsText, into: &diagnostics) {
            if case .mapping(let mapping) = root {
                for (key, value) in mapping {
                    if let key = key.scalar?.string, let value = value.scalar?.string { theme.strings[key] = value }
                }
            } else {
                diagnostics.error("UI strings must map names to texts", at: yaml.location(root))
            }
        }
        return theme
    }
}
