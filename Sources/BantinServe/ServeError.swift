/// Why the preview could not start, said the way a writer can act on.
public enum ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another program, often another `bantin serve`, listens there already.
    case addressInUse(host: String, port: Int)

    public var description: String {
        switch self {
        case .addressInUse(let host, let port):
            "\(host):\(port) is already in use; stop the other server or choose another port with --port"
        }
    }
}
