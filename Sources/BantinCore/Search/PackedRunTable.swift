/// A hash table from short runs of scalars, packed into three words, to numbers: what
/// `VietnameseFolder` looks up once a syllable, without making a string or an array.
struct PackedRunTable {
    typealias Key = (UInt64, UInt64, UInt64)

    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    private var mask: Int

    init(capacity: Int = 4096) {
        keys = Array(repeating: 0, count: capacity * 3)
        values = Array(repeating: Int32.min, count: capacity)
        mask = capacity - 1
    }

    /// Up to twelve scalars below U+10000, sixteen bits each; nil for a run that does not fit.
    /// (No scalar of a run is 0, so a shorter run never packs as a longer one.)
    @inline(__always)
    static func pack(_ run: [UInt32]) -> Key? {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for (position, value) in run.enumerated() {
            guard value < 0x10000 else { return nil }
            let shifted = UInt64(value) << UInt64((position % 4) * 16)
            switch position / 4 {
            case 0: words.0 |= shifted
            case 1: words.1 |= shifted
            default: words.2 |= shifted
            }
        }
        return words
    }

    @inline(__always)
    private func slot(_ key: Key) -> Int {
        var hash = key.0 &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ (hash >> 31) ^ key.1) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 29) ^ key.2) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
    }

    func value(_ key: Key) -> Int32? {
        var index = slot(key)
        while values[index] != Int32.min {
            if keys[index * 3] == key.0 && keys[index * 3 + 1] == key.1 && keys[index * 3 + 2] == key.2 { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    mutating func insert(_ key: Key, _ value: Int32) {
        if (count + 1) * 2 > values.count { grow() }
        var index = slot(key)
        while values[index] != Int32.min { index = (index + 1) & mask }
        keys[index * 3] = key.0
        keys[index * 3 + 1] = key.1
        keys[index * 3 + 2] = key.2
        values[index] = value
        count += 1
    }

    private mutating func grow() {
        let old = (keys, values)
        self = PackedRunTable(capacity: values.count * 2)
        for index in 0..<old.1.count where old.1[index] != Int32.min {
            insert((old.0[index * 3], old.0[index * 3 + 1], old.0[index * 3 + 2]), old.1[index])
        }
    }
}
