import Foundation

/// Why a folder cannot be an output: replacing it could destroy what Bantin did not write.
public struct OutputRefusal: Error, Equatable, CustomStringConvertible {
    /// The path as the user gave it.
    public var path: String
    public var reason: String

    public var description: String {
        "will not build into \(path): \(reason); choose an empty or new folder for --output (nothing was changed)"
    }
}
