/// The settings of `site.yaml`.
public struct SiteConfig: Sendable {
    public static let path = "site.yaml"
    /// The folders a site is made of besides `site.yaml`: what a disk source lists and the preview watches.
    public static let folders = ["content", "themes", "templates"]
    static let keys = ["title", "description", "language", "theme", "base_url", "per_page", "all_localities"]

    public var title: String
    public var description: String?
    /// UI strings come from the theme's `i18n/<language>.yaml`.
    public var language: String
    public var theme: String
    /// Absolute URL ending in `/`; without it every link is relative.
    public var baseURL: String?
    public var perPage: Int
    /// Make a page for every locality, not only those with articles or figures.
    public var allLocalities: Bool
    /// Where `language:` and `theme:` are written, for the theme's errors about them; nil when left out.
    public var languageLocation: SourceLocation?
    public var themeLocation: SourceLocation?

    public init(title: String, description: String? = nil, language: String = "vi", theme: String = "default",
                baseURL: String? = nil, perPage: Int = 20, allLocalities: Bool = false) {
        self.title = title
        self.description = description
        self.language = language
        self.theme = theme
        self.baseURL = baseURL
        self.perPage = perPage
        self.allLocalities = allLocalities
    }

    /// How many list pages `count` articles take: one at least, even for none.
    public func pageCount(_ count: Int) -> Int {
        max(1, (count + perPage - 1) / perPage)
    }

    public static func parse(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> SiteConfig? {
        let source = YAMLSource(file: file)
        guard let root = source.compose(file.text, into: &diagnostics) else {
            if !diagnostics.hasErrors { diagnostics.error(.emptyFile, "site.yaml is empty", at: file.location(line: 1, column: 1), hint: "add 'title: …'") }
            return nil
        }
        guard let mapping = YAMLMapping(root, source: source, what: "site.yaml", knownKeys: keys, diagnostics: &diagnostics) else { return nil }
        mapping.require(["title"], what: "site.yaml", diagnostics: &diagnostics)
        var config = SiteConfig(title: mapping.text("title", diagnostics: &diagnostics) ?? "")
        config.description = mapping.text("description", diagnostics: &diagnostics)
        if let language = mapping.text("language", diagnostics: &diagnostics) {
            config.language = language
            config.languageLocation = mapping.location("language")
        }
        if let theme = mapping.text("theme", diagnostics: &diagnostics) {
            config.themeLocation = mapping.location("theme")
            if VietnameseSlug.isValid(theme) || theme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) {
                config.theme = theme
            } else {
                diagnostics.error(.badThemeName, "theme '\(theme)' is not a folder name", at: mapping.location("theme"), hint: "name a folder of themes/, such as 'default'")
            }
        }
        if var url = mapping.text("base_url", diagnostics: &diagnostics) {
            let lower = url.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://"), !url.contains(" "), !url.contains("\"") {
                if !url.hasSuffix("/") { url += "/" }
                config.baseURL = url
            } else {
                diagnostics.error(.badURL, "'base_url' must be an absolute http(s) URL", at: mapping.location("base_url"),
                                  hint: "for example https://example.gov.vn/bantin/, or leave it out for relative links")
            }
        }
        if let perPage = mapping.integer("per_page", minimum: 1, diagnostics: &diagnostics) { config.perPage = perPage }
        if let all = mapping.bool("all_localities", diagnostics: &diagnostics) { config.allLocalities = all }
        return diagnostics.hasErrors ? nil : config
    }
}
