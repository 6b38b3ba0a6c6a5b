/// The part of the site an output file belongs to: what an incremental build renders again as one.
///
/// A file's path alone names its part, so the build cache keeps one list of files and a
/// signature per part rather than the files of each part. A chart's CSV and embed page under
/// `nhung/` belong to the page the chart is on.
public enum OutputUnit {
    /// `article/<slug>`, `home/<n>`, `tags`, `tag/<slug>/<n>`, `localities`, `locality/<path>`,
    /// `statistics`, `metric/<folder>`, `data`, `feed`, `sitemap`, `search`; nil for the files that
    /// only the settings, the theme, the free pages and the static files make.
    public static func key(of path: String) -> String? {
        if path.hasPrefix(OutputPaths.embeds) {
            // nhung/<page folder>/<anchor>/<file>
            var parts = path.dropFirst(OutputPaths.embeds.count).split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count >= 3 else { return nil }
            parts.removeLast(2)
            let page = parts.joined(separator: "/") + "/index.html"
            return page == "/index.html" ? key(of: "index.html") : key(of: page)
        }
        if path.hasPrefix(OutputPaths.articlesFolder) {
            let parts = path.dropFirst(OutputPaths.articlesFolder.count).split(separator: "/", maxSplits: 1)
            return parts.count == 2 ? "article/" + parts[0] : nil
        }
        if path == OutputPaths.home() { return "home/1" }
        if let page = listPage(path, in: "") { return "home/\(page.number)" }
        if path == OutputPaths.tags { return "tags" }
        if path.hasPrefix(OutputPaths.tagsFolder), let page = listPage(path, in: OutputPaths.tagsFolder), !page.folder.contains("/") {
            return "tag/\(page.folder)/\(page.number)"
        }
        if path == OutputPaths.localities { return "localities" }
        if path.hasPrefix(OutputPaths.localitiesFolder) {
            if path.hasSuffix("/atom.xml") {
                return "locality/" + path.dropFirst(OutputPaths.localitiesFolder.count).dropLast("/atom.xml".count)
            }
            if let page = listPage(path, in: OutputPaths.localitiesFolder) { return "locality/" + page.folder }
            return nil
        }
        if path == OutputPaths.statistics { return "statistics" }
        if path.hasPrefix(OutputPaths.statisticsFolder), path.hasSuffix("/index.html") {
            let folder = path.dropFirst(OutputPaths.statisticsFolder.count).dropLast("/index.html".count)
            return folder.contains("/") ? nil : "metric/" + folder
        }
        if path == OutputPaths.factsCSV || path == OutputPaths.factsJSON { return "data" }
        if path == OutputPaths.feed { return "feed" }
        if path == OutputPaths.sitemap || path == OutputPaths.robots { return "sitemap" }
        if path.hasPrefix(OutputPaths.searchFolder), path != OutputPaths.search { return "search" }
        return nil
    }

    /// `<folder>/index.html` is page 1 of the list in `folder`, `<folder>/trang/<n>/index.html`
    /// page n; for the home page's later pages `folder` is empty.
    private static func listPage(_ path: String, in base: String) -> (folder: String, number: Int)? {
        guard path.hasPrefix(base), path.hasSuffix("index.html") else { return nil }
        let rest = path.dropFirst(base.count).dropLast("index.html".count)
        if rest.hasSuffix("/") {
            let inner = rest.dropLast()
            // …/trang/<n>
            let parts = inner.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count >= 2, parts[parts.count - 2] + "/" == OutputPaths.pagesFolder,
               let number = Int(parts[parts.count - 1]), number >= 2, String(number) == parts[parts.count - 1] {
                let folder = parts.dropLast(2).joined(separator: "/")
                if base.isEmpty { return folder.isEmpty ? ("", number) : nil }
                return folder.isEmpty ? nil : (folder, number)
            }
            return base.isEmpty || inner.isEmpty ? nil : (String(inner), 1)
        }
        return nil
    }
}
