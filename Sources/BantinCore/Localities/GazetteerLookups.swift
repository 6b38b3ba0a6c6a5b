import Synchronization

/// The indexes of a gazetteer by id and by GSO code, made on first use.
///
/// Articles name their units by path almost always; an id alone or a code is the exception,
/// so a build that never needs these tables does not pay for them (about a third of reading
/// the national gazetteer). Shared between copies of one gazetteer, and replaced when a unit
/// is added, so a copy never sees another's units.
final class GazetteerLookups: Sendable {
    /// The first unit with a key, then the next with the same key for each unit (-1 ends a chain).
    /// Chains instead of an array per key: 15,000 small arrays cost more than the rest.
    private struct Table {
        var first: [String: Int]
        var next: [Int]

        /// Read newest first: each unit goes in front of its chain, so a chain starts with the oldest.
        init(_ localities: [Locality], key: (Locality) -> String?) {
            first = Dictionary(minimumCapacity: localities.count)
            next = Array(repeating: -1, count: localities.count)
            for unit in localities.reversed() {
                guard let value = key(unit) else { continue }
                next[unit.index] = first[value] ?? -1
                first[value] = unit.index
            }
        }

        func units(_ key: String) -> [Int] {
            var found: [Int] = []
            var current = first[key] ?? -1
            while current >= 0 {
                found.append(current)
                current = next[current]
            }
            return found
        }
    }

    private let byID = Mutex<Table?>(nil)
    private let byCode = Mutex<Table?>(nil)

    init() {}

    /// The units with this id, oldest first.
    func units(withID id: String, in localities: [Locality]) -> [Int] {
        byID.withLock { table in
            if table == nil { table = Table(localities) { $0.id } }
            return table!.units(id)
        }
    }

    /// The units with this GSO code, oldest first.
    func units(withCode code: String, in localities: [Locality]) -> [Int] {
        byCode.withLock { table in
            if table == nil { table = Table(localities) { $0.code } }
            return table!.units(code)
        }
    }
}
