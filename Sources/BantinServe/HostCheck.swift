#if canImport(Glibc)
import Glibc
#endif

/// Which `Host` a request to the preview may name.
///
/// A web page the editor visits can point its own domain name at 127.0.0.1 (DNS rebinding)
/// and then read the preview with the browser's help, drafts and all; such a request still
/// carries the page's name in `Host`. Bound to loopback, the preview answers only to the
/// loopback names (`localhost`, `127.0.0.1`, `[::1]` and the address it was bound to) at its
/// own port, and refuses any other name with 421 Misdirected Request. Bound to another
/// address, the preview is open to the network by choice (and says so when it starts), and
/// every name is answered.
public struct HostCheck: Sendable, Equatable {
    /// The names allowed, lower case, IPv6 addresses in brackets; nil when any name is.
    public let names: Set<String>?

    public init(boundHost: String) {
        let host = boundHost.lowercased()
        guard Self.isLoopback(host) else {
            names = nil
            return
        }
        let bound = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        names = ["localhost", "127.0.0.1", "[::1]", bound]
    }

    /// Whether a request naming `authority` (the `Host` header: a name and perhaps `:port`)
    /// may be answered, by a server listening on `port` (nil while it is not yet known).
    /// A request without `Host` comes from no browser (they always send it) and is answered.
    public func allows(_ authority: String?, port: Int?) -> Bool {
        guard let names, let authority else { return true }
        let lower = authority.lowercased()
        var name = lower
        var written: Substring?
        if let colon = lower.lastIndex(of: ":"), !lower.hasSuffix("]"), lower.hasPrefix("[") || !lower[..<colon].contains(":") {
            name = String(lower[..<colon])
            written = lower[lower.index(after: colon)...]
        }
        guard names.contains(name) else { return false }
        guard let written else { return true }
        guard let given = Int(written), written.allSatisfy(\.isASCII) else { return false }
        return port.map { $0 == given } ?? true
    }

    /// `localhost`, any address of 127.0.0.0/8, or `::1` (with or without brackets).
    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" { return true }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var v4 = in_addr()
        if inet_pton(AF_INET, bare, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, bare, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) } == Array(repeating: 0, count: 15) + [1]
        }
        return false
    }

    /// The body of the refusal: what to open instead.
    public static func refusal(port: Int?) -> String {
        let shown = port.map { ":\($0)" } ?? ""
        return "This preview answers only to its loopback names: open http://127.0.0.1\(shown)/ or http://localhost\(shown)/.\n"
    }
}
