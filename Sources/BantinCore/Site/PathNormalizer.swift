/// Resolves `.` and `..` in a `/`-separated path; nil when it climbs above the root.
public enum PathNormalizer {
    public static func normalize(_ path: String) -> String? {
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
