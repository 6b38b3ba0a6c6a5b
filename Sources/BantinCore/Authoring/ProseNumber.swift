import Foundation

/// A number written in an article's text as Vietnamese writes it: 6.003, 86,1, 1.010/1.173.
///
/// Both the check of figures against their text and `bantin facts suggest` read the text
/// through this one scanner, so that they agree on what a number is.
public struct ProseNumber: Sendable, Equatable {
    /// The digits as written: "6.003".
    public var text: String
    public var value: WrittenNumber
    /// 1-based column on its line, in Unicode scalars.
    public var column: Int
    /// Length of `text`, in Unicode scalars.
    public var length: Int
    /// The number right after a '/': 1.173 in "1.010/1.173".
    public var of: WrittenNumber?
    /// The line the number is on, and where the rest of it starts after the number (after
    /// the '/…' part, if any), in Unicode scalars.
    private var line: String
    private var afterStart: Int

    /// The text of the line before the number, and after it (after the '/…' part, if any).
    /// Made when asked for: the check of figures rarely needs them, and copying both halves of a
    /// long paragraph for each of its numbers was most of the time of reading articles.
    public var before: String { String(String.UnicodeScalarView(line.unicodeScalars.prefix(column - 1))) }
    public var after: String { String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(afterStart))) }

    /// Every number of one line, in order. Digits glued to letters (F0, 4G) are not numbers;
    /// groups that Vietnamese notation cannot read (2.6 for a day and month) are skipped.
    public static func scan(_ line: String) -> [ProseNumber] {
        let scalars = Array(line.unicodeScalars)
        var found: [ProseNumber] = []
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < scalars.count && scalars[i].properties.numericType == .decimal && scalars[i].isASCII }
        func token(from start: Int) -> (end: Int, number: WrittenNumber?) {
            var end = start
            while end < scalars.count, isDigit(end) || scalars[end] == "." || scalars[end] == "," { end += 1 }
            while end > start, scalars[end - 1] == "." || scalars[end - 1] == "," { end -= 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            if case .success(let number) = VietnameseNumberParser.parse(text) { return (end, number) }
            return (end, nil)
        }
        while index < scalars.count {
            guard isDigit(index) else { index += 1; continue }
            if index > 0, scalars[index - 1].properties.isAlphabetic || isDigit(index - 1) {
                while index < scalars.count, isDigit(index) || scalars[index].properties.isAlphabetic { index += 1 }
                continue
            }
            let (end, number) = token(from: index)
            if end < scalars.count, scalars[end].properties.isAlphabetic {
                // "4G", "06CTr": a code, not a figure.
                index = end + 1
                continue
            }
            guard let number else { index = max(end, index + 1); continue }
            var afterStart = end
            var of: WrittenNumber?
            if end + 1 < scalars.count, scalars[end] == "/", isDigit(end + 1) {
                let second = token(from: end + 1)
                if let denominator = second.number {
                    of = denominator
                    afterStart = second.end
                }
            }
            found.append(ProseNumber(
                text: String(String.UnicodeScalarView(scalars[index..<end])), value: number, column: index + 1, length: end - index,
                of: of, line: line, afterStart: afterStart
            ))
            index = afterStart
        }
        return found
    }

    /// True when the words right after the number are `phrase` (case, NFC and NFD aside), with a
    /// scale word (nghìn, triệu, tỷ) allowed between: "74,2 tỷ đồng" is followed by "đồng".
    public func isFollowed(by phrase: String) -> Bool {
        let wanted = Self.folded(phrase)
        guard !wanted.isEmpty else { return false }
        // Only the start of the rest of the line can hold the phrase: folding the whole of a
        // long paragraph for every number and phrase was most of the check of figures.
        let scalars = line.unicodeScalars.dropFirst(afterStart).drop { $0 == " " || $0 == "\u{A0}" }
        if let cut = scalars.index(scalars.startIndex, offsetBy: 3 * (wanted.unicodeScalars.count + 10), limitedBy: scalars.endIndex),
           cut < scalars.endIndex,
           let decided = Self.isFollowed(Substring(Self.folded(String(Substring(scalars[..<cut])))), by: wanted, whole: false) {
            return decided
        }
        return Self.isFollowed(Substring(Self.folded(String(Substring(scalars)))), by: wanted, whole: true) ?? false
    }

    /// Whether `rest` starts with `wanted`; nil when `rest` is only the start of the text and too
    /// short to tell (its last character may lack a mark the cut left out).
    private static func isFollowed(_ text: Substring, by wanted: String, whole: Bool) -> Bool? {
        var rest = text
        for scale in ["nghìn ", "ngàn ", "triệu ", "tỷ ", "tỉ "] where rest.hasPrefix(scale) && !wanted.hasPrefix(scale) {
            rest = rest.dropFirst(scale.count).drop { $0 == " " }
            break
        }
        if !whole, rest.count < wanted.count + 2 { return nil }
        guard rest.hasPrefix(wanted) else { return false }
        let next = rest.dropFirst(wanted.count).first
        return next.map { !$0.isLetter } ?? true
    }

    /// Lower case, composed: the form two Vietnamese texts are compared in.
    static func folded(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
    }
}
