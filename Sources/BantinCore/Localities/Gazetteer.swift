import BantinMarkdown
import Foundation

/// Every province, district and commune of a site, indexed by path and by id.
///
/// Built once per build; every lookup afterwards is a dictionary access, never a scan,
/// because the national gazetteer holds about 11,000 units.
public struct Gazetteer: Sendable {
    public static let kinds = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"]

    public private(set) var localities: [Locality] = []
    private var byPath: [String: Int] = [:]
    private var byID: [String: [Int]] = [:]

    public init() {}

    /// Provinces, in the order they were written.
    public var roots: [Int] { localities.filter { $0.parent == nil }.map(\.index) }

    public subscript(index: Int) -> Locality { localities[index] }

    public func index(ofPath path: String) -> Int? { byPath[path] }

    /// Adds a unit under `parent`; when a sibling already has the id, nothing is added and `added` is false.
    mutating func add(id: String, name: String, kind: String, parent: Int?, location: SourceLocation?) -> (index: Int, added: Bool) {
        let path = parent.map { localities[$0].path + "/" + id } ?? id
        if let existing = byPath[path] { return (existing, false) }
        let index = localities.count
        localities.append(Locality(
            index: index, id: id, path: path, name: name, kind: kind, parent: parent, children: [],
            until: nil, mergedInto: nil, depth: parent.map { localities[$0].depth + 1 } ?? 0, location: location
        ))
        if let parent { localities[parent].children.append(index) }
        byPath[path] = index
        byID[id, default: []].append(index)
        return (index, true)
    }

    mutating func set(until: ArticleDate?, mergedInto: Int?, at index: Int) {
        localities[index].until = until
        localities[index].mergedInto = mergedInto
    }

    public enum ResolutionFailure: Error, Equatable, Sendable {
        /// No unit has that path or id; the nearest known path, if any.
        case unknown(suggestion: String?)
        /// The id names several units: their paths.
        case ambiguous(candidates: [String])
    }

    /// Finds a unit by its path (`lam-dong/lam-ha`) or by an id that is unique (`dinh-van`).
    public func resolve(_ reference: String) -> Result<Int, ResolutionFailure> {
        let reference = Whitespace.trimming(Whitespace.trimming(reference, where: Whitespace.isSpace), where: { $0 == "/" })
        if let index = byPath[reference] { return .success(index) }
        if !reference.contains("/"), let matches = byID[reference] {
            if matches.count == 1 { return .success(matches[0]) }
            return .failure(.ambiguous(candidates: matches.map { localities[$0].path }.sorted()))
        }
        let lastID = reference.split(separator: "/").last.map(String.init) ?? reference
        let suggestion: String?
        if let matches = byID[lastID], matches.count == 1 {
            suggestion = localities[matches[0]].path
        } else {
            suggestion = NearestName.suggest(for: reference, among: reference.contains("/") ? Array(byPath.keys) : Array(byID.keys))
        }
        return .failure(.unknown(suggestion: suggestion))
    }

    /// The unit and its ancestors, province first.
    public func lineage(of index: Int) -> [Int] {
        var chain: [Int] = []
        var current: Int? = index
        while let here = current {
            chain.append(here)
            current = localities[here].parent
        }
        return chain.reversed()
    }
}

