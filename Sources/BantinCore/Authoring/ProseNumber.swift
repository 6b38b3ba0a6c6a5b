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
    /// The text of the line before the number, and after it (after the '/…' part, if any).
    public var before: String
    public var after: String

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
                of: of,
                before: String(String.UnicodeScalarView(scalars[..<index])),
                after: String(String.UnicodeScalarView(scalars[afterStart...]))
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
        var rest = Substring(Self.folded(after))
        rest = rest.drop { $0 == " " || $0 == "\u{A0}" }
        for scale in ["nghìn ", "ngàn ", "triệu ", "tỷ ", "tỉ "] where rest.hasPrefix(scale) && !wanted.hasPrefix(scale) {
            rest = rest.dropFirst(scale.count).drop { $0 == " " }
            break
        }
        guard rest.hasPrefix(wanted) else { return false }
        let next = rest.dropFirst(wanted.count).first
        return next.map { !$0.isLetter } ?? true
    }

    /// Lower case, composed: the form two Vietnamese texts are compared in.
    static func folded(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
    }
}
