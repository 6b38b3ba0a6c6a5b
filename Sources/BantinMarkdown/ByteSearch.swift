import Foundation

/// Finds a byte string in UTF-8 text, far faster than a generic search over Characters.
///
/// Unlike `strstr` it does not stop at a NUL: an author can write one before a forged
/// placeholder, and cmark keeps the text after it. (`memmem` is not visible from Swift's Glibc.)
enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`.
    static func firstOffset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start <= haystack.count ? start : nil }
        guard let base = haystack.baseAddress else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            guard let found = memchr(base + index, Int32(first), haystack.count - needle.count + 1 - index) else { return nil }
            let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if needle.withUnsafeBytes({ memcmp(base + offset, $0.baseAddress!, needle.count) }) == 0 { return offset }
            index = offset + 1
        }
        return nil
    }
}
