import BantinCore
import Foundation

/// What the preview adds to an HTML page on its way out: the diagnostics panel and the reload script.
///
/// Kept apart from the builder on purpose: `bantin build` output must be byte for byte what
/// is published, so nothing preview-only may ever be written into the build's files.
enum PageDecoration {
    /// `html` with the panel (when the build failed) and the script inserted just before the last `</body>`.
    static func decorate(_ html: Data, generation: Int, diagnostics: [Diagnostic], lines: SourceLines = .none,
                         showingPreviousBuild: Bool) -> Data {
        var snippet = ""
        if diagnostics.contains(where: { $0.severity == .error }) {
            snippet += DiagnosticOverlay.html(for: diagnostics, lines: lines, showingPreviousBuild: showingPreviousBuild)
        }
        snippet += ReloadScript.html(generation: generation)
        return insert(Data(snippet.utf8), into: html)
    }

    /// `snippet` placed just before the last `</body>` (any case), or at the end when there is none.
    static func insert(_ snippet: Data, into html: Data) -> Data {
        let bytes = [UInt8](html)
        let needle = Array("</body".utf8)
        var index = bytes.count - needle.count
        while index >= 0 {
            if matches(needle, in: bytes, at: index) {
                var result = Data(bytes[..<index])
                result.append(snippet)
                result.append(contentsOf: bytes[index...])
                return result
            }
            index -= 1
        }
        var result = html
        result.append(snippet)
        return result
    }

    /// ASCII case-insensitive comparison; the needle is lowercase.
    private static func matches(_ needle: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        for (offset, expected) in needle.enumerated() {
            var byte = bytes[start + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != expected { return false }
        }
        let after = start + needle.count
        guard after < bytes.count else { return false }
        // `</body>` or `</body >`, never `</bodyx>`.
        return bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: " ")
            || bytes[after] == UInt8(ascii: "\n") || bytes[after] == UInt8(ascii: "\t") || bytes[after] == UInt8(ascii: "\r")
    }
}
