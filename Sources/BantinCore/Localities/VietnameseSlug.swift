/// The Vietnamese slug rule: lower case, diacritics removed, đ → d, anything else that is not
/// a letter or a digit → `-`. "Đạ Đờn" → `da-don`, "Phường 1" → `phuong-1`.
///
/// Diacritics are removed by canonical decomposition (a fixed Unicode table, the same on
/// every machine) and dropping the combining marks.
public enum VietnameseSlug {
    public static func make(_ text: String) -> String {
        var slug = ""
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let mapped: String
            switch scalar {
            case "đ", "Đ": mapped = "d"
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                    mapped = String(scalar).lowercased()
                } else {
                    pendingDash = true
                    continue
                }
            }
            if pendingDash && !slug.isEmpty { slug += "-" }
            pendingDash = false
            slug += mapped
        }
        return slug
    }

    /// True when `text` is already a slug this rule could produce.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}
