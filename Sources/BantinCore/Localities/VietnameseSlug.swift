/// The Vietnamese slug rule: lower case, diacritics removed, đ → d, anything else that is not
/// a letter or a digit → `-`. "Đạ Đờn" → `da-don`, "Phường 1" → `phuong-1`.
///
/// Diacritics are removed by canonical decomposition (a fixed Unicode table, the same on
/// every machine) and dropping the combining marks. The Latin letters that carry Vietnamese
/// diacritics are folded once into a table, because every title, name and search text of a
/// site goes through this rule.
public enum VietnameseSlug {
    public static func make(_ text: String, separator: Character = "-") -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for scalar in text.unicodeScalars {
            let folded: Substring.UnicodeScalarView
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    append(scalar)
                } else if (0x41...0x5A).contains(value) {
                    append(Unicode.Scalar(value + 0x20)!)
                } else {
                    pendingSeparator = true
                }
                continue
            } else if let mapped = latin[scalar] {
                folded = mapped.unicodeScalars[...]
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                folded = String(scalar).lowercased().unicodeScalars[...]
            } else {
                pendingSeparator = true
                continue
            }
            for part in folded { append(part) }
        }
        return slug

        func append(_ scalar: Unicode.Scalar) {
            if pendingSeparator && !slug.isEmpty { slug.append(separator) }
            pendingSeparator = false
            slug.unicodeScalars.append(scalar)
        }
    }

    /// The longest slug, in bytes of UTF-8. A slug names a folder of the output, and a file
    /// system allows 255 bytes in a name; 200 leaves room for what is written beside a page
    /// while the output is replaced, and is still two full lines of a title.
    public static let maxBytes = 200

    /// An error when `slug` is longer than `maxBytes`, at `location`; `what` says where it comes from
    /// ("the slug", "the slug made from the title", "the id"), `fix` how to shorten it.
    public static func lengthProblem(_ slug: String, what: String, at location: SourceLocation?, fix: String) -> Diagnostic? {
        let bytes = slug.utf8.count
        guard bytes > maxBytes else { return nil }
        return .error(.slugTooLong, "\(what) is \(bytes) bytes long, more than the \(maxBytes) a slug may have", at: location,
                      hint: "\(fix); a slug names a folder of the output, and a file system allows at most 255 bytes in a name")
    }

    /// True when `text` is already a slug this rule could produce.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }

    /// Latin letters with diacritics (Latin-1 Supplement, Extended-A and B, Extended Additional)
    /// → their lower-case base letters, computed once by decomposition.
    private static let latin: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
                if scalar == "đ" || scalar == "Đ" {
                    table[scalar] = "d"
                    continue
                }
                let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark }
                table[scalar] = String(String.UnicodeScalarView(base)).lowercased()
            }
        }
        return table
    }()
}

import Foundation
