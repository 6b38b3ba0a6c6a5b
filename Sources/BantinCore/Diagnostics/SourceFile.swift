import Foundation

/// A text file of the site, able to turn a line and column into a `SourceLocation` with its line text.
public struct SourceFile: Sendable {
    /// Path relative to the site root, as shown in diagnostics.
    public let path: String
    public let text: String
    private let lineStarts: [String.Index]

    public init(path: String, text: String) {
        self.path = path
        var text = Self.endingLinesWithLF(Self.withoutByteOrderMark(text))
        // Lines are found on the UTF-8 bytes ("\r\n" is a single Character in Swift), with memchr:
        // every article is read into one of these.
        var offsets: [Int] = []
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                offsets.append(offset)
            }
        }
        self.text = text
        let utf8 = text.utf8
        lineStarts = [text.startIndex] + offsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    public var lineCount: Int { lineStarts.count }

    /// The text without the byte order mark some Windows editors put first.
    ///
    /// libYAML, given text already known to be UTF-8, would read the mark as the start of the
    /// first key and fail on the line after it; dropped here, every file of a site (site.yaml,
    /// the gazetteer, the schema, articles, a theme's files) accepts it, and columns on the first
    /// line count from the first character a reader sees.
    static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// The text with each lone "\r" made a "\n".
    ///
    /// cmark and libYAML both end a line at a lone "\r" (old Mac files); turned into "\n" here,
    /// it ends the same line for every stage, and no byte moves, so columns stay where they were.
    static func endingLinesWithLF(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), bytes.count) != nil } ?? false }) else {
            return text
        }
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") {
            if index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { bytes[index] = UInt8(ascii: "\n") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of a 1-based line, without its line ending.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? text.utf8.index(before: lineStarts[number]) : text.endIndex
        var line = Substring(text.utf8[start..<end])
        if line.utf8.last == UInt8(ascii: "\r") { line = Substring(line.utf8.dropLast()) }
        return String(line)
    }

    public func location(line: Int, column: Int, length: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column, length: length)
    }

    /// The location of the first occurrence of `needle` on `line` at or after `column`, else the line start.
    public func location(of needle: String, onLine line: Int, from column: Int = 1) -> SourceLocation {
        guard let text = self.line(line), let found = Self.column(of: needle, in: text, from: column) else {
            return location(line: line, column: column)
        }
        return location(line: line, column: found, length: needle.unicodeScalars.count)
    }

    static func column(of needle: String, in line: String, from column: Int) -> Int? {
        let scalars = Array(line.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, scalars.count >= target.count else { return nil }
        var start = max(0, column - 1)
        while start + target.count <= scalars.count {
            if Array(scalars[start..<(start + target.count)]) == target { return start + 1 }
            start += 1
        }
        return nil
    }
}
