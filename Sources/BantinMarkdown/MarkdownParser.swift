import CCmark
import Foundation

/// Parses CommonMark with cmark and copies what the site needs into Swift values.
///
/// cmark runs in its safe mode: raw HTML is dropped and `javascript:`, `vbscript:`,
/// `file:` and most `data:` URLs are emptied, so no author text can put a script on a page.
/// Every cmark pointer made here is freed before `parse` returns.
public enum MarkdownParser {
    /// Parses `text`; fenced blocks whose info word is in `capturing` are replaced by placeholders.
    public static func parse(_ text: String, capturing: Set<String> = ["facts"]) -> MarkdownDocument {
        let prefix = placeholderPrefix(avoiding: text)
        // Only documents with links need their lines, to place each link.
        var lines: SourceLines?
        let options = CMARK_OPT_VALIDATE_UTF8

        var utf8 = Array(text.utf8)
        utf8.append(0)
        guard let root = utf8.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count - 1, options)
            }
        }) else {
            return MarkdownDocument(html: "", blocks: [], links: [], firstParagraph: nil, placeholderPrefix: prefix)
        }
        defer { cmark_node_free(root) }

        var blockNodes: [(OpaquePointer, CapturedBlock)] = []
        var linkNodes: [(OpaquePointer, MarkdownLink)] = []
        var firstParagraph: String?
        var rawHTML: [RawHTML] = []
        var remoteImages: [MarkdownLink] = []
        /// Images of the site: the node, its index in `linkNodes`, and whether it is its paragraph.
        var imageNodes: [(OpaquePointer, Int, Bool)] = []

        guard let iterator = cmark_iter_new(root) else {
            return MarkdownDocument(html: "", blocks: [], links: [], firstParagraph: nil, placeholderPrefix: prefix)
        }
        defer { cmark_iter_free(iterator) }
        var searchFrom: (line: Int, column: Int) = (1, 1)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let startLine = Int(cmark_node_get_start_line(node))
            if startLine > searchFrom.line { searchFrom = (startLine, Int(cmark_node_get_start_column(node))) }
            switch type {
            case CMARK_NODE_CODE_BLOCK:
                let info = string(cmark_node_get_fence_info(node))
                let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
                guard capturing.contains(word) else { continue }
                let column = Int(cmark_node_get_start_column(node))
                blockNodes.append((node, CapturedBlock(
                    info: word,
                    content: string(cmark_node_get_literal(node)),
                    fenceLine: startLine,
                    fenceColumn: column,
                    contentLine: startLine + 1,
                    contentColumn: column
                )))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = string(cmark_node_get_url(node))
                let isImage = type == CMARK_NODE_IMAGE
                let relative = isRelative(destination)
                guard relative || isImage else { continue }
                if lines == nil { lines = SourceLines(text) }
                let position = lines?.find(destination: destination, from: searchFrom)
                // The next link is searched for after this one, even on the same line.
                if let position { searchFrom = (position.line, position.column + 1) }
                var link = MarkdownLink(
                    destination: destination, isImage: isImage,
                    line: position?.line ?? startLine, column: position?.column ?? 1
                )
                if isImage {
                    link.text = plainText(of: node)
                    link.title = string(cmark_node_get_title(node))
                    link.standsAlone = standsAlone(node)
                    guard relative else {
                        remoteImages.append(link)
                        continue
                    }
                    imageNodes.append((node, linkNodes.count, link.standsAlone))
                }
                linkNodes.append((node, link))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let literal = string(cmark_node_get_literal(node))
                let first = String(literal.prefix { $0 != "\n" && $0 != "\r" })
                let trimmed = Whitespace.trimming(first, where: Whitespace.isSpace)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("<!--") else { continue }
                if type == CMARK_NODE_HTML_BLOCK {
                    rawHTML.append(RawHTML(text: trimmed, line: startLine, column: Int(cmark_node_get_start_column(node))))
                } else {
                    // Inline positions are not reliable in cmark: the tag is looked for from its block on.
                    if lines == nil { lines = SourceLines(text) }
                    let position = lines?.find(text: trimmed, from: searchFrom)
                    if let position { searchFrom = (position.line, position.column + 1) }
                    rawHTML.append(RawHTML(text: trimmed, line: position?.line ?? startLine, column: position?.column ?? 1))
                }
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil:
                // A picture alone is not the article's first words.
                if let child = cmark_node_first_child(node), child == cmark_node_last_child(node),
                   cmark_node_get_type(child) == CMARK_NODE_IMAGE { continue }
                let text = plainText(of: node)
                if !text.isEmpty { firstParagraph = text }
            default:
                continue
            }
        }

        for (index, entry) in linkNodes.enumerated() {
            cmark_node_set_url(entry.0, "\(prefix)link-\(index)")
        }
        for (index, entry) in blockNodes.enumerated() {
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(custom, "<!--\(prefix)block-\(index)-->")
            // `replace` unlinks the fenced block; it is ours to free, the custom node is the tree's.
            if cmark_node_replace(entry.0, custom) != 0 {
                cmark_node_free(entry.0)
            } else {
                cmark_node_free(custom)
            }
        }

        for (node, index, alone) in imageNodes {
            let target = alone ? cmark_node_parent(node)! : node
            guard let custom = cmark_node_new(alone ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(custom, "<!--\(prefix)image-\(index)-->")
            if cmark_node_replace(target, custom) != 0 {
                cmark_node_free(target)
            } else {
                cmark_node_free(custom)
            }
        }

        let html: String
        if let rendered = cmark_render_html(root, options) {
            defer { free(rendered) }
            html = String(cString: rendered)
        } else {
            html = ""
        }
        var document = MarkdownDocument(
            html: html,
            blocks: blockNodes.map(\.1),
            links: linkNodes.map(\.1),
            firstParagraph: firstParagraph,
            placeholderPrefix: prefix
        )
        document.rawHTML = rawHTML
        document.remoteImages = remoteImages
        return document
    }

    /// True for a destination that names a file of the site rather than another site.
    ///
    /// Anything with a scheme (`https:`, `mailto:`, `javascript:`), protocol-relative
    /// `//host` and fragment-only `#id` links are left to cmark as written.
    public static func isRelative(_ destination: String) -> Bool {
        guard let first = destination.first, first != "#" else { return false }
        if destination.hasPrefix("//") { return false }
        var sawLetter = false
        for character in destination {
            if character == ":" { return !sawLetter }
            if character.isASCII && (character.isLetter || (sawLetter && (character.isNumber || "+.-".contains(character)))) {
                sawLetter = true
                continue
            }
            return true
        }
        return true
    }

    /// A placeholder prefix that does not occur in the text, so that authors cannot forge one.
    static func placeholderPrefix(avoiding text: String) -> String {
        var prefix = "bantin-placeholder-"
        var counter = 0
        while contains(text, prefix) {
            counter += 1
            prefix = "bantin-placeholder\(counter)-"
        }
        return prefix
    }

    /// True when `needle` occurs in `text`, NULs included.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        return text.withUTF8 { ByteSearch.firstOffset(of: Array(needle.utf8), in: $0) != nil }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// True when `node` is the only thing in its paragraph.
    private static func standsAlone(_ node: OpaquePointer) -> Bool {
        guard let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH else { return false }
        return cmark_node_first_child(parent) == node && cmark_node_last_child(parent) == node
    }

    /// The literal text under `node`, soft breaks as spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return Whitespace.trimming(text, where: Whitespace.isSpace)
    }
}
