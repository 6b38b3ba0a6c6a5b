import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Prints how long each stage of a build took and the peak memory so far, for `--timings`:
/// where a large site's time and memory go, without a profiler.
final class StageTimer: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (name: String, started: Date)?

    /// Called as each stage starts; prints the one that just ended.
    func begin(_ name: String) {
        lock.withLock {
            let now = Date()
            if let current {
                let seconds = String(format: "%7.2f s", now.timeIntervalSince(current.started))
                let megabytes = String(format: "%6d MB", Self.peakMegabytes())
                FileHandle.standardError.write(Data("\(seconds) \(megabytes)  \(current.name)\n".utf8))
            }
            current = name == "done" ? nil : (name, now)
        }
    }

    /// The most memory the process has held so far (Linux reports kilobytes).
    private static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}
