import Foundation

/// The folder a build replaces, once it was found safe to replace.
public struct OutputPlace: Sendable, Equatable {
    /// The real folder: a symbolic link given as the output is followed to it.
    public var url: URL
    /// A mount point cannot be renamed: its contents are replaced instead.
    public var isMountPoint: Bool
}
