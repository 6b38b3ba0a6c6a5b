import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Prints how long each stage of a build took, the processor time it used on all cores (user
/// and kernel) and the peak memory so far, for `--timings`: where a large site's time and
/// memory go, without a profiler. Processor time well under cores × wall time means waiting.
final class StageTimer: Sendable {
    private let stage = Mutex<(name: String, started: Date, processor: Double)?>(nil)

    /// Called as each stage starts; prints the one that just ended.
    func begin(_ name: String) {
        stage.withLock { current in
            let now = Date()
            let processor = Self.processorSeconds()
            if let current {
                let seconds = String(format: "%7.2f s", now.timeIntervalSince(current.started))
                let cpu = String(format: "%7.2f s cpu", processor - current.processor)
                let megabytes = String(format: "%6d MB", Self.peakMegabytes())
                FileHandle.standardError.write(Data("\(seconds) \(cpu) \(megabytes)  \(current.name)\n".utf8))
            }
            current = name == "done" ? nil : (name, now, processor)
        }
    }

    /// Prints a line of its own among the stages: what kind of build this is, and why.
    func note(_ text: String) {
        FileHandle.standardError.write(Data("note: \(text)\n".utf8))
    }

    /// User and kernel time of every thread so far.
    private static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The most memory the process has held so far (Linux reports kilobytes).
    private static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }
}
