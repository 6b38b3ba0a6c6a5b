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

    /// Every locality path, province first, in the gazetteer's order.
    public var localityPaths: [String] { gazetteer.localities.map(\.path) }

    /// The one place the writers' tools look a locality up: its full path, or an error that
    /// names the nearest paths.
    public func localityPath(_ reference: String) -> Result<String, Diagnostic> {
        switch gazetteer.resolve(reference) {
        case .success(let index):
            return .success(gazetteer[index].path)
        case .failure(.ambiguous(let candidates)):
            return .failure(.error(
                "locality '\(reference)' is ambiguous", at: nil,
                notes: candidates.map { .init("could be '\($0)'") },
                hint: "write its full path: \(candidates.map { "'\($0)'" }.joined(separator: " or "))"
            ))
        case .failure(.unknown):
            let nearest = nearestPaths(to: reference, count: 3)
            return .failure(.error(
                "unknown locality '\(reference)'", at: nil,
                notes: nearest.map { .init("a near one is '\($0)'") },
                hint: nearest.isEmpty ? "add it to content/localities.yaml, or write its path like 'lam-dong/lam-ha'"
                    : "write one of the paths of content/localities.yaml, such as '\(nearest[0])'"
            ))
        }
    }

    /// The paths nearest to `reference` by edit distance, nearest first; an id alone is compared with ids.
    func nearestPaths(to reference: String, count: Int) -> [String] {
        let byID = !reference.contains("/")
        let scored = gazetteer.localities.map { locality -> (Int, String) in
            (NearestName.editDistance(reference, byID ? locality.id : locality.path), locality.path)
        }
        return scored.sorted { $0 < $1 }.prefix(count).map(\.1)
    }

    /// What a locality may be written as: every path, and every id that names one unit only.
    public var localityReferences: [String] {
        var counts: [String: Int] = [:]
        for locality in gazetteer.localities { counts[locality.id, default: 0] += 1 }
        let unique = gazetteer.localities.filter { counts[$0.id] == 1 && $0.parent != nil }.map(\.id)
        return localityPaths + unique
    }
}
