/// The gazetteer and the schema of a site, as the writers' tools need them.
///
/// They are read exactly as a build reads them, so `bantin new article` and `bantin schema`
/// accept what a build accepts.
public struct SiteReferences: Sendable {
    public var gazetteer: Gazetteer
    public var schema: MetricSchema

    public init(gazetteer: Gazetteer, schema: MetricSchema) {
        self.gazetteer = gazetteer
        self.schema = schema
    }

    public static func load(from source: SiteSource, diagnostics: inout DiagnosticBag) -> SiteReferences {
        let (gazetteer, schema) = SiteLoader(source: source, options: BuildOptions()).loadReferences(diagnostics: &diagnostics)
        return SiteReferences(gazetteer: gazetteer, schema: schema)
    }

    /// Every locality path, province first, in the gazetteer's order, each once (a path of
    /// both eras is one place to write).
    public var localityPaths: [String] { gazetteer.localities.map(\.path).uniqued() }

    /// The one place the writers' tools look a locality up: its full path among the units of
    /// the article's date (the era decides which units exist), or an error that names the nearest paths.
    public func localityPath(_ reference: String, on date: ArticleDate? = nil) -> Result<String, Diagnostic> {
        switch gazetteer.resolve(reference, on: date) {
        case .success(let index):
            return .success(gazetteer[index].path)
        case .failure(.ambiguous(let candidates)):
            return .failure(.error(.ambiguousLocality,
                "locality '\(reference)' is ambiguous", at: nil,
                notes: candidates.map { .init("could be '\($0)'") },
                hint: "write its full path: \(candidates.map { "'\($0)'" }.joined(separator: " or "))"
            ))
        case .failure(.outOfEra(let message, let hint)):
            return .failure(.error(.localityOutOfEra, message, at: nil, hint: hint))
        case .failure(.unknown):
            let nearest = nearestPaths(to: reference, count: 3, in: date.map(Era.init(of:)))
            return .failure(.error(.unknownLocality,
                "unknown locality '\(reference)'", at: nil,
                notes: nearest.map { .init("a near one is '\($0)'") },
                hint: nearest.isEmpty ? "write its path like 'lam-dong/lam-ha', or add a smaller unit to content/localities.yaml"
                    : "write the path of a unit of the gazetteer, such as '\(nearest[0])'"
            ))
        }
    }

    /// The paths nearest to `reference` by edit distance, nearest first, among the units of
    /// `era` (of both without one); an id alone is compared with ids.
    func nearestPaths(to reference: String, count: Int, in era: Era? = nil) -> [String] {
        let byID = !reference.contains("/")
        let scored = gazetteer.localities.filter { era == nil || $0.era == era! }.map { locality -> (Int, String) in
            (NearestName.editDistance(reference, byID ? locality.id : locality.path), locality.path)
        }
        return scored.sorted { $0 < $1 }.map(\.1).uniqued().prefix(count).map { $0 }
    }

    /// What a locality may be written as: every path, and every id that names one unit only.
    public var localityReferences: [String] {
        // An id names one unit when every unit of that id, in either era, has the same path.
        var paths: [String: Set<String>] = [:]
        for locality in gazetteer.localities { paths[locality.id, default: []].insert(locality.path) }
        let unique = gazetteer.localities.filter { paths[$0.id]?.count == 1 && $0.parent != nil }.map(\.id).uniqued()
        return localityPaths + unique
    }
}
