import BantinMarkdown

/// Reads a free page: front matter with a title, and a Markdown body.
public enum PageParser {
    public static let knownKeys = ["title", "slug", "description", "menu", "weight", "draft"]
    /// First folders of the output that generated pages use; a free page may not take them.
    public static let reservedSlugs: Set<String> = OutputPaths.reservedFolders

    public static func parse(_ file: SourceFile) -> (page: Page?, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        let opening = file.location(line: 1, column: 1, length: 3)
        guard case .success(let parts) = FrontMatterSplitter.split(file.text) else {
            diagnostics.error(.noFrontMatter, "the page has no front matter", at: opening,
                              hint: "start the file with a '---' line, then 'title:', then another '---' line")
            return (nil, diagnostics.diagnostics)
        }
        let source = YAMLSource(file: file, lineOffset: parts.frontMatterLine - 1)
        guard let root = source.compose(parts.frontMatter, into: &diagnostics),
              let mapping = YAMLMapping(root, source: source, what: "the front matter", knownKeys: knownKeys, diagnostics: &diagnostics)
        else {
            if !diagnostics.hasErrors { diagnostics.error(.emptyFrontMatter, "the front matter is empty", at: opening, hint: "add 'title: …'") }
            return (nil, diagnostics.diagnostics)
        }
        mapping.require(["title"], what: "the front matter", at: opening, diagnostics: &diagnostics)
        let title = mapping.text("title", diagnostics: &diagnostics)
        let (slug, slugLocation) = mapping.slug(title: title, diagnostics: &diagnostics)
        if reservedSlugs.contains(slug) {
            diagnostics.error(.reservedSlug, "the slug '\(slug)' is used by the site's own pages", at: slugLocation, hint: "choose another 'slug:'")
        }
        let description = mapping.text("description", diagnostics: &diagnostics)
        let menu = mapping.bool("menu", diagnostics: &diagnostics) ?? false
        let weight = mapping.integer("weight", minimum: Int.min, diagnostics: &diagnostics) ?? 0
        let draft = mapping.bool("draft", diagnostics: &diagnostics) ?? false
        let document = MarkdownParser.parse(parts.body, capturing: [])
        diagnostics.append(contentsOf: ImageAltCheck.check(document, in: file, bodyLine: parts.bodyLine))
        guard let title, !diagnostics.hasErrors else { return (nil, diagnostics.diagnostics) }
        let page = Page(sourcePath: file.path, title: title, slug: slug, slugLocation: slugLocation, description: description,
                        menu: menu, weight: weight, draft: draft, document: document,
                        bodyLine: parts.bodyLine)
        return (page, diagnostics.diagnostics)
    }
}
