extension Article {
    /// A hash of everything pages other than the article's own show of it.
    ///
    /// If it is unchanged after an edit, only the article's own page needs building again.
    public var metadataHash: String {
        var hash = StableHash()
        hash.combine(title)
        hash.combine(date.iso8601)
        hash.combine(String(locality))
        hash.combine(localities.map(String.init).joined(separator: ","))
        hash.combine(tags.joined(separator: "\u{1}"))
        hash.combine(summary)
        hash.combine(slug)
        hash.combine(draft ? "draft" : "")
        for fact in facts {
            hash.combine("\(fact.metric)|\(fact.locality)|\(fact.period)|\(fact.written)|\(String(describing: fact.scale))|\(String(describing: fact.approx))|\(String(describing: fact.of))|\(String(describing: fact.percent))|\(fact.parts)|\(fact.note ?? "")|\(fact.source ?? "")")
        }
        return hash.hex
    }
}
