import BantinMarkdown
import Foundation

/// Turns a relative link in an article into a link to the page or file it names.
///
/// `../2025/lam-ha.md` becomes the link to that article's page; a file next to the
/// article is copied beside its page; a file of `content/static/` is linked where it is
/// copied. A link that leads nowhere is an error at its line in the Markdown.
struct ArticleLinkResolver {
    struct Resolved {
        var href: String
        /// A file to copy beside the page, when the link names one next to the article.
        var asset: OutputFile?
    }

    let site: SiteModel
    let source: SiteSource
    let links: LinkBuilder

    func resolve(_ link: MarkdownLink, in article: Article, from page: String, imageFromFrontMatter: Bool = false) -> Result<Resolved, Diagnostic> {
        var destination = link.destination
        var suffix = ""
        if let mark = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(destination[mark...])
            destination = String(destination[..<mark])
        }
        destination = destination.removingPercentEncoding ?? destination
        let fromRoot = destination.hasPrefix("/")
        let base = fromRoot ? "" : PathNormalizer.folder(of: article.sourcePath)
        let location = SourceLocation(file: article.sourcePath, line: article.bodyLine - 1 + link.line, column: link.column,
                                      length: link.destination.unicodeScalars.count)
        guard let target = PathNormalizer.normalize(base + destination), !target.isEmpty else {
            return .failure(.error("the link '\(link.destination)' leads outside the site", at: withLine(location, article)))
        }
        if target.hasSuffix(".md") {
            if let index = site.articleBySource[target] {
                return .success(Resolved(href: links.link(from: page, to: OutputPaths.article(site.articles[index].slug)) + suffix))
            }
            return .failure(.error("the link '\(link.destination)' leads to no article", at: withLine(location, article),
                                   hint: source.exists(target) ? "'\(target)' is a draft or has errors" : "no file \(target); check the path, relative to this article"))
        }
        if fromRoot {
            let staticPath = String(destination.drop(while: { $0 == "/" }))
            if site.staticFiles[staticPath] != nil {
                return .success(Resolved(href: links.link(from: page, to: staticPath) + suffix))
            }
        }
        if let data = source.contents(of: target), target.hasPrefix("content/articles/") {
            let name = String(target.split(separator: "/").last!)
            let output = PathNormalizer.folder(of: page) + name
            return .success(Resolved(href: links.link(from: page, to: output) + suffix, asset: OutputFile(path: output, contents: data)))
        }
        if imageFromFrontMatter || !fromRoot {
            let staticPath = "content/static/" + (PathNormalizer.normalize(destination) ?? destination)
            if source.exists(staticPath) {
                let output = String(staticPath.dropFirst("content/static/".count))
                return .success(Resolved(href: links.link(from: page, to: output) + suffix))
            }
        }
        let what = link.isImage ? "image" : "link"
        return .failure(.error("the \(what) '\(link.destination)' leads to no file", at: withLine(location, article),
                               hint: "no file \(target); paths are relative to the article, or to content/static/ when they start with '/'"))
    }

    private func withLine(_ location: SourceLocation, _ article: Article) -> SourceLocation {
        var location = location
        if location.line < article.bodyLine { location.line = 1 }
        return location
    }
}
