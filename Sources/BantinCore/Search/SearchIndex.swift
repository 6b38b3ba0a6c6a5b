import Foundation

/// The full-text index of the articles, for searching without a server, in small files that a
/// query loads a few of.
///
/// Every article is a number (its place in the site's order, newest first). The index maps each
/// folded syllable (see `VietnameseFolding`) to the articles that hold it anywhere and in the
/// title, to the articles of each of its exact spellings, and to the syllables that follow it
/// somewhere with the articles where they do (the newest `pairLimit`). The map is cut into
/// shards of consecutive keys, so that a query loads the manifest and one shard per syllable
/// (the pairs come with the first syllable of each); the results it shows then load the small
/// files of their articles (title, address, date, place, the start of the body). Every file is
/// a script calling `BANTIN_SEARCH_LOADED(name, data)`, because a page opened from the disk may
/// load scripts but not fetch files.
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
        // A slice a core and a few more, for balance: each slice numbers its own syllables,
        // and its numbers are read back as text once, when the slices are joined.
        let slices = Parallel.slices(Array(documents.enumerated()), size: max(64, documents.count / 8 + 1))
        let parts = Parallel.map(slices) { slice in Self.collect(slice) }
        var terms: [String: Term] = [:]
        var pairs: [String: [Int32]] = [:]
        for part in parts {
            for (number, key) in part.folded.enumerated() {
                terms[key, default: Term()].all += part.all[number]
                terms[key, default: Term()].title += part.title[number]
            }
            for (number, variant) in part.exact.enumerated() {
                let key = part.folded[Int(part.foldedOfExact[number])]
                terms[key, default: Term()].variants[variant, default: []] += part.variants[number]
            }
            for (number, pair) in part.pairKeys.enumerated() {
                let key = part.folded[Int(pair >> 32)] + " " + part.folded[Int(pair & 0xFFFF_FFFF)]
                pairs[key, default: []] += part.pairs[number]
            }
        }
        self.terms = terms
        self.pairs = pairs
    }

    /// What one slice of articles holds, by the numbers of its own `VietnameseFolder`.
    private struct Part: Sendable {
        var folded: [String] = [], exact: [String] = [], foldedOfExact: [Int32] = []
        /// By folded number: the articles anywhere, and in the title.
        var all: [[Int32]] = [], title: [[Int32]] = []
        /// By exact number.
        var variants: [[Int32]] = []
        /// Folded numbers a and b as a << 32 | b, and the articles of each.
        var pairKeys: [UInt64] = [], pairs: [[Int32]] = []
    }

    /// The terms and pairs of some consecutive articles. Each list gets an article once: the
    /// article's number is stamped on a syllable, spelling or pair when it is first met in it.
    private static func collect(_ slice: [(offset: Int, element: SearchDocument)]) -> Part {
        var folder = VietnameseFolder()
        var part = Part()
        var termStamp: [Int32] = [], titleStamp: [Int32] = [], exactStamp: [Int32] = [], pairStamp: [Int32] = []
        var pairNumbers = PackedRunTable()
        var numbers: [Int32] = []
        for (number, document) in slice {
            let id = Int32(number)
            var texts = [document.title]
            texts += document.about.split(separator: "\n").map(String.init)
            texts.append(document.body)
            for (position, text) in texts.enumerated() {
                folder.scan(text, into: &numbers)
                while part.all.count < folder.folded.count {
                    part.all.append([])
                    part.title.append([])
                    termStamp.append(-1)
                    titleStamp.append(-1)
                }
                while part.variants.count < folder.exact.count {
                    part.variants.append([])
                    exactStamp.append(-1)
                }
                var previous: Int32 = -1
                for exact in numbers {
                    let folded = folder.foldedOfExact[Int(exact)]
                    if termStamp[Int(folded)] != id {
                        termStamp[Int(folded)] = id
                        part.all[Int(folded)].append(id)
                    }
                    if position == 0, titleStamp[Int(folded)] != id {
                        titleStamp[Int(folded)] = id
                        part.title[Int(folded)].append(id)
                    }
                    if exactStamp[Int(exact)] != id {
                        exactStamp[Int(exact)] = id
                        part.variants[Int(exact)].append(id)
                    }
                    if previous >= 0 {
                        let key = UInt64(UInt32(previous)) << 32 | UInt64(UInt32(folded))
                        let pair: Int
                        if let known = pairNumbers.value((key, 0, 0)) {
                            pair = Int(known)
                        } else {
                            pair = part.pairKeys.count
                            pairNumbers.insert((key, 0, 0), Int32(pair))
                            part.pairKeys.append(key)
                            part.pairs.append([])
                            pairStamp.append(-1)
                        }
                        if pairStamp[pair] != id {
                            pairStamp[pair] = id
                            part.pairs[pair].append(id)
                        }
                    }
                    previous = folded
                }
            }
        }
        part.folded = folder.folded
        part.exact = folder.exact
        part.foldedOfExact = folder.foldedOfExact
        return part
    }

    // MARK: - Files

    /// Articles per file of results: 300 files up to 10,000 articles, then more files
    /// (1,400 at 100,000), each of more articles.
    public static func documentGroup(_ count: Int) -> Int {
        let files = 300 + max(0, count - 10_000) * 1_100 / 90_000
        return max(8, (count + files - 1) / files)
    }

    /// Most shards of syllables, so that the whole index stays within 500 files at 10,000
    /// articles and 2,000 at 100,000 (with the manifest and the files of results).
    static func shardLimit(_ count: Int) -> Int {
        195 + max(0, count - 10_000) * 395 / 90_000
    }

    /// The articles of a pair of syllables kept in the index, newest first: enough to rank the
    /// first pages, where side by side matters, without the lists of the commonest phrases,
    /// which would make every shard, and so every query, several times larger.
    public static let pairLimit = 100

    /// A shard holds at least this many bytes: a small site has a few shards.
    static let minimumShardBytes = 12_000

    /// Keys in the order of the browser's string comparison (UTF-16 code units).
    static func ordered(_ keys: some Collection<String>) -> [String] {
        keys.map { (Array($0.utf16), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// The index as files under `folder` (`tim-kiem/`): `chi-muc.js`, `t/N.js`, `d/N.js`.
    public func files(folder: String) -> [OutputFile] {
        let count = documents.count
        let termKeys = Self.ordered(terms.keys)
        var pairsByFirst: [String: [(String, [Int32])]] = [:]
        for (key, list) in pairs {
            guard let space = key.firstIndex(of: " ") else { continue }
            pairsByFirst[String(key[..<space]), default: []].append((String(key[key.index(after: space)...]), list))
        }
        let following = pairsByFirst
        let termEntries = Parallel.map(termKeys) { key in self.termEntry(key, count: count, pairs: following[key] ?? []) }
        let termShards = Self.shards(Array(zip(termKeys, termEntries)), limit: Self.shardLimit(count))
        let group = Self.documentGroup(count)
        var files: [OutputFile] = []
        var manifest = JSONBytes()
        manifest.raw("{\"n\":")
        _ = manifest.number(Double(count))
        manifest.raw(",\"g\":")
        _ = manifest.number(Double(group))
        manifest.raw(",\"t\":[")
        for (position, shard) in termShards.enumerated() {
            if position > 0 { manifest.raw(",") }
            manifest.string(shard.first, closingTags: true)
            files.append(Self.script(folder: folder, name: "t/\(position)", json: shard.bytes))
        }
        manifest.raw("]}")
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

    /// `"key":[all,title,variants,pairs]`: the articles with the syllable; those with it in the
    /// title, as places in the first list; the one spelling, or each spelling with its articles
    /// as places in the first list; and, when it has any, each syllable that follows it with
    /// the first `pairLimit` articles where it does, as places in the first list.
    private func termEntry(_ key: String, count: Int, pairs: [(String, [Int32])]) -> [UInt8] {
        let term = terms[key]!
        return Self.entry(key) { json in
            json.raw("[")
            json.string(PostingList.encode(term.all, count: count))
            json.raw(",")
            json.string(PostingList.encode(PostingList.places(of: term.title, in: term.all), count: term.all.count))
            json.raw(",")
            if term.variants.count == 1, let only = term.variants.first {
                json.string(only.key, closingTags: true)
            } else {
                json.raw("{")
                for (position, variant) in Self.ordered(term.variants.keys).enumerated() {
                    if position > 0 { json.raw(",") }
                    json.string(variant, closingTags: true)
                    json.raw(":")
                    json.string(PostingList.encode(PostingList.places(of: term.variants[variant]!, in: term.all), count: term.all.count))
                }
                json.raw("}")
            }
            if !pairs.isEmpty {
                json.raw(",{")
                let lists = Dictionary(uniqueKeysWithValues: pairs)
                for (position, next) in Self.ordered(lists.keys).enumerated() {
                    if position > 0 { json.raw(",") }
                    json.string(next, closingTags: true)
                    json.raw(":")
                    let kept = Array(lists[next]!.prefix(Self.pairLimit))
                    let places = PostingList.places(of: kept, in: term.all)
                    json.string(PostingList.encode(places, count: Int(places.last ?? -1) + 1, complement: false))
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
