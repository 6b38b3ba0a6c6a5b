import BantinMarkdown
import Foundation

/// Turns a relative link in an article or page into a link to the page or file it names.
///
/// `../2025/lam-ha.md` becomes the link to that article's page; a file next to the
/// Markdown file is copied beside its page; a path starting with `/` names a file of
/// `content/static/`. A link that leads nowhere is an error at its line in the Markdown.
struct ContentLinkResolver {
    struct Resolved {
        var href: String
        /// A file to copy beside the page, when the link names one next to the Markdown file.
        var asset: OutputFile?
        /// The file of the site the link names, such as `content/2025/anh.jpg`; nil for a page.
        var target: String?
    }

    let site: SiteModel
    let source: SiteSource
    let links: LinkBuilder

    /// The location of a link written in a Markdown body that starts at `bodyLine`.
    static func location(of link: MarkdownLink, in sourcePath: String, bodyLine: Int) -> SourceLocation {
        SourceLocation(file: sourcePath, line: bodyLine - 1 + link.line, column: link.column,
                       length: link.destination.unicodeScalars.count)
    }

    /// The file of the site a link written in `sourcePath` names, and what follows the path
    /// ("#…", "?…"): `../2025/lam-ha.md` in `content/articles/2024/a.md` names
    /// `content/articles/2025/lam-ha.md`, `/anh.jpg` names `content/static/anh.jpg`. Nil when
    /// the link leads outside `content/` (outside `content/static/` for a path from `/`).
    static func target(of destination: String, in sourcePath: String) -> (path: String, suffix: String)? {
        var destination = destination
        var suffix = ""
        if let mark = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(destination[mark...])
            destination = String(destination[..<mark])
        }
        destination = destination.removingPercentEncoding ?? destination
        let fromRoot = destination.hasPrefix("/")
        let base = fromRoot ? "content/static/" : PathNormalizer.folder(of: sourcePath)
        guard let target = PathNormalizer.normalize(base + destination), !target.isEmpty,
              target.hasPrefix(fromRoot ? "content/static/" : "content/") else { return nil }
        return (target, suffix)
    }

    func resolve(_ link: MarkdownLink, in sourcePath: String, at location: SourceLocation, from page: String) -> Result<Resolved, Diagnostic> {
        guard let (target, suffix) = Self.target(of: link.destination, in: sourcePath) else {
            return .failure(.error(.linkOutsideSite, "the link '\(link.destination)' leads outside the site", at: location,
                                   hint: "link to files of content/, relative to this file, or to content/static/ with a path starting with '/'"))
        }
        if target.hasSuffix(".md") {
            if let slug = site.articleSlugs[target] {
                return .success(Resolved(href: links.link(from: page, to: OutputPaths.article(slug)) + suffix))
            }
            if let index = site.pageBySource[target] {
                return .success(Resolved(href: links.link(from: page, to: OutputPaths.page(site.pages[index].slug)) + suffix))
            }
            return .failure(.error(.brokenLink, "the link '\(link.destination)' leads to no article or page", at: location,
                                   hint: source.exists(target) ? "\(target) is a draft or has errors" : "there is no file \(target); the path is relative to this file"))
        }
        if target.hasPrefix("content/static/") {
            if source.exists(target) {
                return .success(Resolved(href: links.link(from: page, to: String(target.dropFirst("content/static/".count))) + suffix,
                                         target: target))
            }
        } else if let data = source.contents(of: target) {
            let name = String(target.split(separator: "/").last!)
            let output = PathNormalizer.folder(of: page) + name
            return .success(Resolved(href: links.link(from: page, to: output) + suffix, asset: OutputFile(path: output, contents: data), target: target))
        }
        let what = link.isImage ? "image" : "link"
        return .failure(.error(.brokenLink, "the \(what) '\(link.destination)' leads to no file", at: location,
                               hint: "there is no file \(target); paths are relative to this file, or to content/static/ when they start with '/'"))
    }
}
