import Foundation
@testable import BantinCore

/// Reads a built page's interface text apart from what the site's content puts in it, to
/// check that a site in another language shows no Vietnamese of its own.
enum EnglishInterface {
    /// Letters and marks only Vietnamese uses among Latin scripts, after canonical decomposition:
    /// the tone marks, the breve, the circumflex, the horn, and đ.
    static func isVietnamese(_ word: String) -> Bool {
        word.decomposedStringWithCanonicalMapping.unicodeScalars.contains {
            [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323, 0x111, 0x110].contains($0.value)
        }
    }

    /// Texts the content gives, longest first: removed from a segment as they are.
    static func contentTexts(of site: SiteModel) -> [String] {
        var texts: Set<String> = [site.config.title]
        if let description = site.config.description { texts.insert(description) }
        for page in site.pages { texts.insert(page.title) }
        for article in site.articles {
            texts.formUnion([article.title, article.summary] + article.tags)
            texts.formUnion([article.author, article.source, article.imageAlt].compactMap { $0 })
            texts.formUnion(article.corrections.map(\.text))
            for block in article.factBlocks {
                if let source = block.source { texts.insert(source) }
                for fact in block.facts {
                    guard let metric = site.schema[fact.metric] else { continue }
                    texts.insert(FactFormatter.value(fact, metric: metric))
                    texts.formUnion(FactFormatter.parts(fact, metric: metric).flatMap { [$0.label, $0.value] })
                    if let note = fact.note { texts.insert(note) }
                }
            }
        }
        for metric in site.schema.metrics {
            texts.formUnion([metric.label, metric.unit, metric.unit.capitalizedFirst] + metric.parts.map(\.label))
            if let group = metric.group { texts.formUnion([group, group.lowercased()]) }
            if let description = metric.description { texts.insert(description) }
        }
        return texts.filter { !$0.isEmpty }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The names and titles of every unit of the gazetteer ("Lâm Hà", "Huyện Lâm Hà").
    static func placeNames(of site: SiteModel) -> Set<String> {
        var names: Set<String> = []
        for locality in site.gazetteer.localities {
            names.formUnion([locality.name, locality.title, locality.title.lowercasedFirst])
        }
        return names
    }

    /// The page's text nodes and readable attributes, with the article's prose left out (its fact
    /// cards kept) and scripts and styles skipped.
    static func interfaceTexts(of html: String) -> [String] {
        var page = html
        if let start = page.range(of: "<div class=\"article-body\">") {
            let body = divContent(page, from: start.lowerBound)
            let cards = divs(withClass: "fact-card", in: String(page[body]))
            page.replaceSubrange(body, with: cards.joined(separator: "\n"))
        }
        var texts: [String] = []
        var rest = page[...]
        while let open = rest.firstIndex(of: "<") {
            texts.append(String(rest[..<open]))
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            for attribute in ["aria-label", "title", "alt", "placeholder"] + dataAttributes(in: tag) {
                if let value = attributeValue(attribute, in: tag) { texts.append(value) }
            }
            rest = rest[rest.index(after: close)...]
            for element in ["script", "style"] where tag.hasPrefix("<\(element)") {
                if let end = rest.range(of: "</\(element)>") { rest = rest[end.upperBound...] }
            }
        }
        return texts.map(unescaped).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The words of `segment` in Vietnamese that no content text and no place name covers.
    static func vietnameseWords(in segment: String, content: [String], places: Set<String>) -> [String] {
        guard isVietnamese(segment) else { return [] }
        let characters = Array(segment)
        var covered = Array(repeating: false, count: characters.count)
        for piece in content where segment.contains(piece) {
            let needle = Array(piece)
            var start = 0
            while start + needle.count <= characters.count {
                if Array(characters[start..<start + needle.count]) == needle {
                    for index in start..<start + needle.count { covered[index] = true }
                }
                start += 1
            }
        }
        // Words as ranges of characters, without the punctuation around them.
        var words: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            guard !characters[index].isWhitespace else { index += 1; continue }
            var end = index
            while end < characters.count, !characters[end].isWhitespace { end += 1 }
            var lower = index, upper = end
            while lower < upper, !characters[lower].isLetter, !characters[lower].isNumber { lower += 1 }
            while upper > lower, !characters[upper - 1].isLetter, !characters[upper - 1].isNumber { upper -= 1 }
            if lower < upper { words.append(lower..<upper) }
            index = end
        }
        func text(_ range: Range<Int>) -> String { String(characters[range]) }
        for start in words.indices {
            for end in stride(from: min(words.count, start + 8), to: start, by: -1)
            where places.contains(words[start..<end].map(text).joined(separator: " ")) {
                for index in words[start].lowerBound..<words[end - 1].upperBound { covered[index] = true }
                break
            }
        }
        return words.filter { range in isVietnamese(text(range)) && !range.allSatisfy { covered[$0] } }.map(text)
    }

    /// The range inside the `<div>` that starts at `start`, to its matching `</div>`.
    private static func divContent(_ html: String, from start: String.Index) -> Range<String.Index> {
        let inner = html[start...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
        var depth = 1
        var index = inner
        while depth > 0, let next = html[index...].firstIndex(of: "<") {
            if html[next...].hasPrefix("<div") { depth += 1 }
            if html[next...].hasPrefix("</div>") {
                depth -= 1
                if depth == 0 { return inner..<next }
            }
            index = html.index(after: next)
        }
        return inner..<html.endIndex
    }

    private static func divs(withClass name: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<div class=\"\(name)\"") {
            let range = divContent(html, from: start.lowerBound)
            found.append(String(html[start.lowerBound..<range.upperBound]))
            rest = html[range.upperBound...]
        }
        return found
    }

    private static func dataAttributes(in tag: Substring) -> [String] {
        tag.split(separator: " ").compactMap { part in
            part.hasPrefix("data-") ? part.split(separator: "=").first.map(String.init) : nil
        }
    }

    private static func attributeValue(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return String(value)
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension String {
    /// "Huyện Lâm Hà" → "huyện Lâm Hà", as a sentence names a place.
    var lowercasedFirst: String {
        guard let first else { return self }
        return String(first).lowercased() + dropFirst()
    }
}
