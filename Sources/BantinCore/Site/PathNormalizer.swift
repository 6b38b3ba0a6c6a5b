/// Resolves `.` and `..` in a `/`-separated path; nil when it climbs above the root.
public enum PathNormalizer {
    public static func normalize(_ path: String) -> String? {
        // Output paths and links are ASCII: their bytes are resolved without splitting the string.
        var path = path
        let ascii = path.withUTF8 { bytes -> (resolved: [UInt8], inside: Bool)? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var resolved: [UInt8] = []
            let inside = append(UnsafeRawBufferPointer(bytes), to: &resolved)
            return (resolved, inside)
        }
        if let ascii { return ascii.inside ? String(decoding: ascii.resolved, as: UTF8.self) : nil }
        // Other text is split on Characters: a '/' that carries a combining mark is not a separator.
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Resolves the components of `path`, ASCII bytes, on top of `resolved`, a normalized path
    /// (components joined by '/'); false when a `..` climbs above the root.
    static func append(_ path: UnsafeRawBufferPointer, to resolved: inout [UInt8]) -> Bool {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var start = 0
        while start < path.count {
            var end = start
            while end < path.count, path[end] != slash { end += 1 }
            switch end - start {
            case 0:
                break
            case 1 where path[start] == dot:
                break
            case 2 where path[start] == dot && path[start + 1] == dot:
                guard !resolved.isEmpty else { return false }
                resolved.removeLast(resolved.count - (resolved.lastIndex(of: slash) ?? 0))
            default:
                if !resolved.isEmpty { resolved.append(slash) }
                resolved.append(contentsOf: path[start..<end])
            }
            start = end + 1
        }
        return true
    }

    /// True for a relative path with no empty, `.` or `..` component and no NUL (where the system
    /// would cut it short): joined to a folder, it names a file inside it.
    public static func isClean(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.utf8.contains(0) && normalize(path) == path
    }

    /// The folder of a file path, with a trailing `/`, or empty at the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}
