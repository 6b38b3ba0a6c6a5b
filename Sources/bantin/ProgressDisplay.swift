import BantinCore
import Foundation
import Synchronization

/// Shows a build's progress line (`BuildProgress`) on standard error, from any thread.
final class ProgressDisplay: Sendable {
    private let progress: Mutex<BuildProgress>

    /// Shown only when standard error is a terminal and the build is not `--quiet`.
    init(quiet: Bool) {
        progress = Mutex(BuildProgress(isShown: !quiet && isatty(STDERR_FILENO) != 0, startedAt: Self.now()))
    }

    func begin(_ stage: String) {
        progress.withLock { write($0.begin(stage, at: Self.now())) }
    }

    func advance(_ done: Int, of total: Int) {
        progress.withLock { write($0.advance(done, of: total, at: Self.now())) }
    }

    /// Erases the line, before anything else is printed.
    func finish() {
        progress.withLock { write($0.finish()) }
    }

    private func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func now() -> Double {
        Date().timeIntervalSinceReferenceDate
    }
}
