extension Article {
    /// A hash of everything pages other than the article's own show of it.
    ///
    /// If it is unchanged after an edit, only the article's own page needs building again.
    public var metadataHash: String {
        var hash = StableHash()
        hash.combine(listHash)
        hash.combine(localities.map(String.init).joined(separator: ","))
        hash.combine(tags.joined(separator: "\u{1}"))
        hash.combine(draft ? "draft" : "")
        for block in factBlocks {
            for fact in block.facts { Self.combine(fact, into: &hash) }
        }
        return hash.hex
    }

    /// A hash of what a list, a feed or the sources of a chart show of the article: which lists
    /// it is on (its tags, its places) and its figures are told apart by those who need them.
    public var listHash: String {
        var hash = StableHash()
        hash.combine(title)
        hash.combine(date.datetime)
        hash.combine(String(locality))
        hash.combine(summary)
        hash.combine(slug)
        // Charts of its figures on other pages name its source.
        hash.combine(source.map { "+" + $0 } ?? "-")
        // A correction changes the date of change that figures pages and feeds show.
        for correction in corrections {
            hash.combine(correction.date.iso8601)
            hash.combine(correction.text)
        }
        return hash.hex
    }

    /// A figure, field by field: printing each fact with `String(describing:)` went through
    /// reflection, and took most of the time of writing the cache of a large site.
    static func combine(_ fact: Fact, into hash: inout StableHash) {
        hash.combine(fact.metric)
        hash.combine(String(fact.locality))
        hash.combine(fact.period.description)
        combine(fact.written, into: &hash)
        hash.combine(fact.scale?.rawValue ?? "-")
        hash.combine(fact.approx?.rawValue ?? "-")
        combine(fact.of, into: &hash)
        combine(fact.percent, into: &hash)
        hash.combine(String(fact.parts.count))
        for part in fact.parts {
            hash.combine(part.key)
            combine(part.value, into: &hash)
        }
        hash.combine(fact.note.map { "+" + $0 } ?? "-")
        hash.combine(fact.source.map { "+" + $0 } ?? "-")
    }

    private static func combine(_ number: WrittenNumber?, into hash: inout StableHash) {
        guard let number else { return hash.combine("-") }
        hash.combine(String(number.value.bitPattern, radix: 16) + "/" + String(number.fractionDigits))
    }
}
