import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The system calls that put an output in place; tests replace them to make them fail.
///
/// Each returns 0, or the `errno` of its failure.
struct OutputCalls: Sendable {
    /// Swaps two paths in one step (`renameat2` with `RENAME_EXCHANGE`).
    var exchange: @Sendable (String, String) -> Int32
    var rename: @Sendable (String, String) -> Int32

    static let system = OutputCalls(
        exchange: { from, to in
            guard let renameat2 = OutputCalls.renameat2 else { return ENOSYS }
            return renameat2(AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */) == 0 ? 0 : errno
        },
        rename: { from, to in Glibc.rename(from, to) == 0 ? 0 : errno }
    )

    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Glibc has `renameat2` since 2.28, but Swift does not see it (it is declared for `_GNU_SOURCE` only).
    private static let renameat2: Renameat2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafeBitCast($0, to: Renameat2.self) }
}
