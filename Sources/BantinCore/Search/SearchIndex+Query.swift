extension SearchIndex {
    /// The articles a query finds, best first, ranked as the browser's `search.js` ranks them:
    /// more of the query's syllables side by side and in order first (among the first
    /// `pairLimit` articles of each pair), then more syllables written
    /// with the query's exact diacritics, then more of them in the title, then newer. With
    /// `typing`, the last syllable is a prefix (the reader has not finished it).
    public func search(_ query: String, typing: Bool = false) -> [Int] {
        let tokens = VietnameseFolding.tokens(query)
        guard !tokens.isEmpty else { return [] }
        var candidates: Set<Int32>?
        var exact: [Int32: Int] = [:]
        var inTitle: [Int32: Int] = [:]
        var adjacent: [Int32: Int] = [:]
        for (position, token) in tokens.enumerated() {
            let prefix = typing && position == tokens.count - 1
            let keys = prefix ? terms.keys.filter { $0.hasPrefix(token.folded) } : (terms[token.folded] == nil ? [] : [token.folded])
            var found = Set<Int32>()
            var exactly = Set<Int32>()
            var titled = Set<Int32>()
            for key in keys {
                let term = terms[key]!
                found.formUnion(term.all)
                titled.formUnion(term.title)
                for (variant, list) in term.variants where prefix ? variant.hasPrefix(token.exact) : variant == token.exact {
                    exactly.formUnion(list)
                }
            }
            candidates = candidates.map { $0.intersection(found) } ?? found
            for id in exactly { exact[id, default: 0] += 1 }
            for id in titled { inTitle[id, default: 0] += 1 }
            if position > 0 {
                let pair = tokens[position - 1].folded + " " + token.folded
                let pairKeys = prefix ? pairs.keys.filter { $0.hasPrefix(pair) } : (pairs[pair] == nil ? [] : [pair])
                for id in Set(pairKeys.flatMap { pairs[$0]!.prefix(Self.pairLimit) }) { adjacent[id, default: 0] += 1 }
            }
        }
        return (candidates ?? []).sorted { a, b in
            let left = (adjacent[a] ?? 0, exact[a] ?? 0, inTitle[a] ?? 0, -a)
            let right = (adjacent[b] ?? 0, exact[b] ?? 0, inTitle[b] ?? 0, -b)
            return left > right
        }.map(Int.init)
    }
}
