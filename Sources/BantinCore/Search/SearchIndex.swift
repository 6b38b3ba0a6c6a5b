import Foundation

/// The full-text index of the articles, for searching without a server, in small files that a
/// query loads a few of.
///
/// Every article is a number (its place in the site's order, newest first). The index maps each
/// folded syllable (see `VietnameseFolding`) to the articles that hold it anywhere and in the
/// title, and to the articles of each of its exact spellings; and each pair of syllables that
/// stand side by side to the articles where they do. Both maps are cut into shards of
/// consecutive keys, so that a query loads the manifest, one shard per syllable and one per
/// pair; the results it shows then load the small files of their articles (title, address,
/// date, place, the start of the body). Every file is a script calling
/// `BANTIN_SEARCH_LOADED(name, data)`, because a page opened from the disk may load scripts but
/// not fetch files.
public struct SearchIndex: Sendable {
    /// Characters of the body kept for a result's snippet.
    public static let excerptLength = 280

    /// What the index holds of one folded syllable.
    public struct Term: Sendable, Equatable {
        public var all: [Int32] = []
        public var title: [Int32] = []
        /// Exact spelling → the articles that write it so.
        public var variants: [String: [Int32]] = [:]
    }

    public var documents: [SearchDocument]
    public var terms: [String: Term]
    /// "a b" → the articles where folded syllable a is followed by b.
    public var pairs: [String: [Int32]]

    public init(documents: [SearchDocument]) {
        self.documents = documents
        let slices = Parallel.slices(Array(documents.enumerated()), size: max(64, documents.count / 16 + 1))
        let parts = Parallel.map(slices) { slice in Self.collect(slice) }
        var terms: [String: Term] = [:]
        var pairs: [String: [Int32]] = [:]
        for (partTerms, partPairs) in parts {
            for (key, part) in partTerms {
                terms[key, default: Term()].all += part.all
                terms[key, default: Term()].title += part.title
                for (variant, list) in part.variants { terms[key, default: Term()].variants[variant, default: []] += list }
            }
            for (key, list) in partPairs { pairs[key, default: []] += list }
        }
        self.terms = terms
        self.pairs = pairs
    }

    /// The terms and pairs of some consecutive articles.
    private static func collect(_ slice: [(offset: Int, element: SearchDocument)]) -> ([String: Term], [String: [Int32]]) {
        var terms: [String: Term] = [:]
        var pairs: [String: [Int32]] = [:]
        for (number, document) in slice {
            let id = Int32(number)
            var seen: [String: (title: Bool, variants: Set<String>)] = [:]
            var seenPairs = Set<String>()
            for (isTitle, text) in [(true, document.title)] + document.about.split(separator: "\n").map({ (false, String($0)) }) + [(false, document.body)] {
                var previous: String?
                for token in VietnameseFolding.tokens(text) {
                    seen[token.folded, default: (false, [])].variants.insert(token.exact)
                    if isTitle { seen[token.folded]!.title = true }
                    if let previous { seenPairs.insert(previous + " " + token.folded) }
                    previous = token.folded
                }
            }
            for (key, found) in seen {
                terms[key, default: Term()].all.append(id)
                if found.title { terms[key]!.title.append(id) }
                for variant in found.variants { terms[key]!.variants[variant, default: []].append(id) }
            }
            for pair in seenPairs { pairs[pair, default: []].append(id) }
        }
        return (terms, pairs)
    }

    // MARK: - Files

    /// Articles per file of results: about 400 files up to 10,000 articles, then larger files.
    public static func documentGroup(_ count: Int) -> Int {
        max(8, (count + 399) / 400)
    }

    /// Most shards of syllables and of pairs, so that the whole index stays within 500 files at
    /// 10,000 articles and 2,000 at 100,000.
    static func shardLimits(_ count: Int) -> (terms: Int, pairs: Int) {
        let extra = max(0, count - 10_000)
        return (60 + extra / 100, 38 + extra / 200)
    }

    /// A shard holds at least this many bytes: a small site has a few shards.
    static let minimumShardBytes = 12_000

    /// Keys in the order of the browser's string comparison (UTF-16 code units).
    static func ordered(_ keys: some Collection<String>) -> [String] {
        keys.map { (Array($0.utf16), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// The index as files under `folder` (`tim-kiem/`): `chi-muc.js`, `t/N.js`, `p/N.js`, `d/N.js`.
    public func files(folder: String) -> [OutputFile] {
        let count = documents.count
        let limits = Self.shardLimits(count)
        let termKeys = Self.ordered(terms.keys)
        let pairKeys = Self.ordered(pairs.keys)
        let termEntries = Parallel.map(termKeys) { key in self.termEntry(key, count: count) }
        let pairEntries = Parallel.map(pairKeys) { key in Self.entry(key) { $0.string(PostingList.encode(self.pairs[key]!, count: count), closingTags: true) } }
        let termShards = Self.shards(Array(zip(termKeys, termEntries)), limit: limits.terms)
        let pairShards = Self.shards(Array(zip(pairKeys, pairEntries)), limit: limits.pairs)
        let group = Self.documentGroup(count)
        var files: [OutputFile] = []
        var manifest = JSONBytes()
        manifest.raw("{\"n\":")
        _ = manifest.number(Double(count))
        manifest.raw(",\"g\":")
        _ = manifest.number(Double(group))
        for (name, shards) in [("t", termShards), ("p", pairShards)] {
            manifest.raw(",")
            manifest.string(name)
            manifest.raw(":[")
            for (position, shard) in shards.enumerated() {
                if position > 0 { manifest.raw(",") }
                manifest.string(shard.first, closingTags: true)
                files.append(Self.script(folder: folder, name: "\(name)/\(position)", json: shard.bytes))
            }
            manifest.raw("]")
        }
        manifest.raw("}")
        files.insert(Self.script(folder: folder, name: "chi-muc", json: manifest.bytes), at: 0)
        let groups = stride(from: 0, to: count, by: group).map { $0..<min(count, $0 + group) }
        files += Parallel.map(groups) { range in
            var json = JSONBytes()
            json.raw("[")
            for number in range {
                if number > range.lowerBound { json.raw(",") }
                let document = self.documents[number]
                json.raw("[")
                for (position, field) in [document.title, document.url, document.date, document.place, document.excerpt()].enumerated() {
                    if position > 0 { json.raw(",") }
                    json.string(field, closingTags: true)
                }
                json.raw("]")
            }
            json.raw("]")
            return Self.script(folder: folder, name: "d/\(range.lowerBound / group)", json: json.bytes)
        }
        return files
    }

    /// `"key":[all,title,variants]`, where variants is the one spelling, or each spelling's list.
    private func termEntry(_ key: String, count: Int) -> [UInt8] {
        let term = terms[key]!
        return Self.entry(key) { json in
            json.raw("[")
            json.string(PostingList.encode(term.all, count: count))
            json.raw(",")
            json.string(PostingList.encode(term.title, count: count))
            json.raw(",")
            if term.variants.count == 1, let only = term.variants.first {
                json.string(only.key, closingTags: true)
            } else {
                json.raw("{")
                for (position, variant) in Self.ordered(term.variants.keys).enumerated() {
                    if position > 0 { json.raw(",") }
                    json.string(variant, closingTags: true)
                    json.raw(":")
                    json.string(PostingList.encode(term.variants[variant]!, count: count))
                }
                json.raw("}")
            }
            json.raw("]")
        }
    }

    private static func entry(_ key: String, value: (inout JSONBytes) -> Void) -> [UInt8] {
        var json = JSONBytes()
        json.string(key, closingTags: true)
        json.raw(":")
        value(&json)
        return json.bytes
    }

    /// Consecutive entries cut into at most `limit` shards of about equal size.
    private static func shards(_ entries: [(String, [UInt8])], limit: Int) -> [(first: String, bytes: [UInt8])] {
        let total = entries.reduce(0) { $0 + $1.1.count + 1 }
        let target = max(minimumShardBytes, total / max(1, limit) + 1)
        var shards: [(first: String, bytes: [UInt8])] = []
        var current: [UInt8] = []
        var first = ""
        for (key, bytes) in entries {
            if current.isEmpty {
                first = key
                current = [UInt8(ascii: "{")]
            } else {
                current.append(UInt8(ascii: ","))
            }
            current += bytes
            if current.count >= target {
                shards.append((first, current + [UInt8(ascii: "}")]))
                current = []
            }
        }
        if !current.isEmpty { shards.append((first, current + [UInt8(ascii: "}")])) }
        if shards.isEmpty { shards.append(("", Array("{}".utf8))) }
        return shards
    }

    /// `BANTIN_SEARCH_LOADED("name",json);` and a newline.
    private static func script(folder: String, name: String, json: [UInt8]) -> OutputFile {
        var bytes = Array("BANTIN_SEARCH_LOADED(\"\(name)\",".utf8)
        bytes += json
        bytes += Array(");\n".utf8)
        return OutputFile(path: folder + name + ".js", contents: Data(bytes))
    }
}
