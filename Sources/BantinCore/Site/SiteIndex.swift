/// Lookups built once per build, so that no page scans all articles or facts.
///
/// With the national gazetteer (about 11,000 units) and 100,000 articles, a scan per
/// locality would be a billion steps; each list here is filled in one pass instead.
public struct SiteIndex: Sendable {
    /// Articles about a locality or mentioning it, or any unit below it; newest first.
    public private(set) var articlesByLocality: [Int: [Int]] = [:]
    /// Every distinct fact of the site, in a stable order.
    public private(set) var facts: [IndexedFact] = []
    /// Positions in `facts` by locality and by metric: a fact is a large value, kept once.
    private var factsByLocality: [Int: [Int]] = [:]
    private var factsByMetric: [String: [Int]] = [:]
    /// Localities that get a page.
    public private(set) var localitiesWithPages: Set<Int> = []
    /// Articles by tag slug, newest first; the tag's name as first written.
    public private(set) var articlesByTag: [String: (name: String, articles: [Int])] = [:]

    /// A fact with the article it comes from.
    public struct IndexedFact: Sendable {
        public var fact: Fact
        public var article: Int
    }

    /// The index an incremental build needs to render article pages: which localities have pages.
    public init(localitiesWithPages: Set<Int>) {
        self.localitiesWithPages = localitiesWithPages
    }

    public init(site: SiteModel) {
        let gazetteer = site.gazetteer
        var hasContent = Set<Int>()
        for (index, article) in site.articles.enumerated() {
            var seen = Set<Int>()
            for locality in [article.locality] + article.localities {
                for unit in gazetteer.lineage(of: locality) where seen.insert(unit).inserted {
                    articlesByLocality[unit, default: []].append(index)
                    hasContent.insert(unit)
                }
            }
            for tag in article.tags {
                let slug = VietnameseSlug.make(tag)
                guard !slug.isEmpty else { continue }
                if articlesByTag[slug] == nil { articlesByTag[slug] = (tag, []) }
                if articlesByTag[slug]!.articles.last != index { articlesByTag[slug]!.articles.append(index) }
            }
        }
        // Facts: one per key. Articles are taken oldest source path first, as the conflict check does.
        var seenKeys = Set<FactKey>()
        let bySource = site.articles.indices.sorted { site.articles[$0].sourcePath < site.articles[$1].sourcePath }
        for index in bySource {
            for fact in site.articles[index].facts where seenKeys.insert(fact.key).inserted {
                factsByLocality[fact.locality, default: []].append(facts.count)
                factsByMetric[fact.metric, default: []].append(facts.count)
                facts.append(IndexedFact(fact: fact, article: index))
                for unit in gazetteer.lineage(of: fact.locality) { hasContent.insert(unit) }
            }
        }
        if site.config.allLocalities {
            localitiesWithPages = Set(gazetteer.localities.indices)
        } else {
            localitiesWithPages = hasContent
            // A unit of the three-level system links to the units it went into on 01/07/2025, and
            // their pages carry its news as history, so they need pages too.
            for unit in hasContent.sorted() {
                for successor in gazetteer[unit].successors {
                    for ancestor in gazetteer.lineage(of: successor.unit) { localitiesWithPages.insert(ancestor) }
                }
            }
        }
    }

    /// Facts given directly for a locality, one per metric and period.
    public func facts(of locality: Int) -> [IndexedFact] {
        (factsByLocality[locality] ?? []).map { facts[$0] }
    }

    public func factCount(of locality: Int) -> Int {
        factsByLocality[locality]?.count ?? 0
    }

    /// Facts of a metric, one per locality and period.
    public func facts(forMetric metric: String) -> [IndexedFact] {
        (factsByMetric[metric] ?? []).map { facts[$0] }
    }

    public func hasFacts(forMetric metric: String) -> Bool {
        factsByMetric[metric] != nil
    }
}
