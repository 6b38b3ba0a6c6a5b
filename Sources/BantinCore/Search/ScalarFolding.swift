import Foundation

/// What each scalar becomes before text is cut into syllables, looked up instead of normalized.
///
/// The rule (`VietnameseFolding`) is NFD, lower case, NFD again. Decomposition and the lower case
/// of the standard library both go scalar by scalar, and what is left is the canonical order of
/// the marks, which `VietnameseFolder` restores as it reads; so the rule is one table look-up a
/// scalar. Foundation's normalization (on Linux slow, and quadratic on long texts) makes the
/// table once, for the scalars below `limit` (Latin with Vietnamese, the combining marks,
/// Greek, Cyrillic…), and each scalar above it the first time a folder meets it.
struct ScalarFolding: Sendable {
    static let limit: UInt32 = 0x2000
    static let shared = ScalarFolding()

    /// For scalar v below `limit`: its mapping is `mapped[offsets[v]..<offsets[v + 1]]`.
    let offsets: [Int32]
    let mapped: [UInt32]
    /// For scalar v below `limit`: bit 0 a letter, number or mark; bit 1 a mark; the canonical
    /// combining class above.
    let kinds: [UInt16]

    static let word: UInt16 = 1, mark: UInt16 = 2

    private init() {
        var offsets: [Int32] = [0]
        var mapped: [UInt32] = []
        var kinds: [UInt16] = []
        offsets.reserveCapacity(Int(Self.limit) + 1)
        kinds.reserveCapacity(Int(Self.limit))
        for value in 0..<Self.limit {
            if let scalar = Unicode.Scalar(value) {
                if value < 0x80 {
                    let lower = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                    mapped.append(lower)
                } else {
                    mapped += Self.fold(scalar)
                }
                kinds.append(Self.computeKind(scalar))
            } else {
                kinds.append(0)
            }
            offsets.append(Int32(mapped.count))
        }
        self.offsets = offsets
        self.mapped = mapped
        self.kinds = kinds
    }

    /// The rule on one scalar, by Foundation: what the table holds.
    static func fold(_ scalar: Unicode.Scalar) -> [UInt32] {
        UnicodeNormalization.nfd(UnicodeNormalization.nfd(String(scalar)).lowercased()).unicodeScalars.map(\.value)
    }

    @inline(__always)
    func kind(_ value: UInt32) -> UInt16 {
        value < Self.limit ? kinds[Int(value)] : Self.computeKind(Unicode.Scalar(value) ?? " ")
    }

    static func computeKind(_ scalar: Unicode.Scalar) -> UInt16 {
        let properties = scalar.properties
        let ccc = UInt16(properties.canonicalCombiningClass.rawValue) << 8
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return word | ccc
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return word | mark | ccc
        default:
            return ccc
        }
    }
}
