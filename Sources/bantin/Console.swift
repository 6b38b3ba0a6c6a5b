import BantinCore
import Foundation

/// Prints diagnostics to standard error, in colour only when it is a terminal.
struct Console {
    let formatter = DiagnosticFormatter(colored: Self.colored)

    private static var colored: Bool { isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// Prints each diagnostic with the line it is at, read from `lines`.
    func report(_ diagnostics: [Diagnostic], lines: SourceLines) {
        let formatter = DiagnosticFormatter(colored: Self.colored, lines: lines)
        for diagnostic in diagnostics { write(formatter.format(diagnostic)) }
    }

    func summary(errors: Int, warnings: Int, outputKept: Bool?, strict: Bool = false) {
        write(formatter.summary(errors: errors, warnings: warnings, outputKept: outputKept, strict: strict) + "\n")
    }

    func error(_ message: String) {
        write("error: \(message)\n")
    }

    func info(_ message: String) {
        write(message + "\n")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension URL {
    /// The path relative to the working folder when it is inside it, for shorter messages.
    var relativeOrAbsolutePath: String {
        let here = FileManager.default.currentDirectoryPath
        let path = standardizedFileURL.path
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}
