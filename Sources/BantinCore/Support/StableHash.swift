/// A 64-bit FNV-1a hash that is the same in every process and on every machine.
///
/// Swift's `Hasher` is seeded anew in each process, so it cannot key a cache kept on disk.
public struct StableHash: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    public mutating func combine(_ text: String) {
        combine(text.utf8)
        combine([0xFF]) // a separator no UTF-8 text contains
    }

    /// Sixteen hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash = StableHash()
        hash.combine(bytes)
        return hash.hex
    }
}
