import BantinMarkdown
import Foundation

/// Every administrative unit a site can name: the national gazetteer of both eras, and the
/// units a site adds in its localities file, indexed by path, id and GSO code.
///
/// Built once per process for the national units and copied for each build; every lookup
/// afterwards is a dictionary access, never a scan, because it holds about 15,000 units.
public struct Gazetteer: Sendable {
    /// The kinds of the national units (in the order the built-in data numbers them), then
    /// the smaller units a site may add below them.
    public static let kinds = [
        "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
        "thôn", "tổ dân phố", "khu phố", "ấp", "bản", "buôn", "làng", "khóm", "tổ",
    ]

    public private(set) var localities: [Locality] = []
    /// The first unit with a path; `nextSamePath` chains the others, oldest first. Chains
    /// instead of a list per entry: 15,000 small arrays were most of the time it took to read
    /// the national gazetteer.
    private var firstByPath: [String: Int] = [:]
    private var nextSamePath: [Int] = []
    /// By id and by code, made when first asked.
    private var lookups = GazetteerLookups()

    /// An empty gazetteer; sites start from `national`.
    public init() {}

    /// An empty gazetteer with room for `count` units.
    init(capacity count: Int) {
        localities.reserveCapacity(count)
        nextSamePath.reserveCapacity(count)
        firstByPath.reserveCapacity(count)
    }

    /// The built-in national gazetteer, read once per process.
    public static var national: Gazetteer { NationalGazetteer.shared }

    /// Provinces of both eras: the three-level ones first, each era in code order.
    public private(set) var roots: [Int] = []

    public subscript(index: Int) -> Locality { localities[index] }

    /// The unit with this key (`Locality.key`).
    public func index(ofKey key: String) -> Int? {
        let isNew = key.hasSuffix("@2025")
        let path = isNew ? String(key.dropLast(5)) : key
        let era: Era = isNew ? .twoLevel : .threeLevel
        return units(atPath: path).first { localities[$0].era == era }
    }

    /// The units at a path, one per era at most, oldest first.
    public func units(atPath path: String) -> [Int] { chain(from: firstByPath[path], next: nextSamePath) }

    /// The units with this GSO code, one per era at most (codes were reused).
    public func units(withCode code: String) -> [Int] { lookups.units(withCode: code, in: localities) }

    /// The units with this id, anywhere.
    public func units(withID id: String) -> [Int] { lookups.units(withID: id, in: localities) }

    private func chain(from first: Int?, next: [Int]) -> [Int] {
        var found: [Int] = []
        var current = first ?? -1
        while current >= 0 {
            found.append(current)
            current = next[current]
        }
        return found
    }

    /// Puts `index` at the end of the chain that starts at `first[key]`.
    private static func link(_ index: Int, key: String, first: inout [String: Int], next: inout [Int]) {
        next.append(-1)
        guard var last = first[key] else {
            first[key] = index
            return
        }
        while next[last] >= 0 { last = next[last] }
        next[last] = index
    }

    /// Adds a unit under `parent`; when the parent already has a child with the id, nothing is
    /// added and `added` is false.
    mutating func add(id: String, name: String, kind: String, parent: Int?, era: Era, code: String? = nil,
                      location: SourceLocation?) -> (index: Int, added: Bool) {
        let path = parent.map { localities[$0].path + "/" + id } ?? id
        var existing = firstByPath[path] ?? -1
        while existing >= 0 {
            if localities[existing].era == era { return (existing, false) }
            existing = nextSamePath[existing]
        }
        lookups = GazetteerLookups()
        return (append(id: id, path: path, name: name, kind: kind, parent: parent, era: era, code: code, location: location), true)
    }

    /// Adds a unit of the national gazetteer, whose ids are unique among siblings by
    /// construction, so no sibling is looked for.
    mutating func appendNational(id: String, name: String, kind: String, parent: Int?, era: Era, code: String) -> Int {
        append(id: id, path: parent.map { localities[$0].path + "/" + id } ?? id, name: name, kind: kind,
               parent: parent, era: era, code: code, location: nil)
    }

    private mutating func append(id: String, path: String, name: String, kind: String, parent: Int?, era: Era,
                                 code: String?, location: SourceLocation?) -> Int {
        let index = localities.count
        localities.append(Locality(
            index: index, id: id, path: path, name: name, kind: kind, parent: parent, children: [],
            depth: parent.map { localities[$0].depth + 1 } ?? 0, era: era, code: code,
            predecessors: [], successors: [], location: location
        ))
        if let parent { localities[parent].children.append(index) } else { roots.append(index) }
        Self.link(index, key: path, first: &firstByPath, next: &nextSamePath)
        return index
    }

    mutating func rename(_ index: Int, to name: String, at location: SourceLocation?) {
        localities[index].name = name
        localities[index].location = location
    }

    mutating func setLocation(_ location: SourceLocation?, of index: Int) {
        localities[index].location = location
    }

    /// Links an old unit to a new one it went into, in both directions.
    mutating func link(old: Int, new: Int, partial: Bool) {
        localities[new].predecessors.append(Succession(unit: old, partial: partial))
        localities[old].successors.append(Succession(unit: new, partial: partial))
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

    /// The province a unit is in (itself for a province).
    public func province(of index: Int) -> Int {
        var current = index
        while let parent = localities[current].parent { current = parent }
        return current
    }

    /// Units of the two-level system that took over a unit: its own successors, or for a
    /// district (which has none) those of its communes, in order and once each.
    public func successors(of index: Int) -> [Succession] {
        let unit = localities[index]
        guard unit.successors.isEmpty, unit.era == .threeLevel else { return unit.successors }
        var seen = Set<Int>()
        var found: [Succession] = []
        for child in unit.children {
            for successor in localities[child].successors where seen.insert(successor.unit).inserted {
                found.append(successor)
            }
        }
        return found
    }
}
