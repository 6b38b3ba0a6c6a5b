import BantinMarkdown
import Foundation

/// The rules for pictures: which copies are made, how they are named, when a file is too heavy.
public enum ImagePlan {
    /// The widest a picture shows in the themes' column, in CSS pixels (46rem less the
    /// column's padding). A picture wider than this gets smaller copies.
    public static let columnWidth = 704
    /// The widths of the smaller copies: a phone's screen, and the column on a sharp screen.
    public static let variantWidths = [480, 960]
    /// WebP, which every current browser shows, at a fixed quality and without metadata:
    /// a third of a JPEG's weight for a photograph, and the same bytes on every build.
    public static let variantFormat = "webp"
    public static let variantQuality = 80
    /// An original heavier than this is warned about: readers on a phone pay for it.
    public static let heavyBytes = 2_000_000
    /// What `sizes` tells the browser: the whole screen on a phone, the column beyond it.
    public static let sizes = "(max-width: 44rem) 100vw, 44rem"
    /// The title a writer gives a picture that only decorates, so that it needs no alternative
    /// text: `![](hoa-van.png "trang trí")`.
    public static let decorativeTitle = "trang trí"

    /// The widths of the copies to make of a picture `width` pixels wide: none when it fits the column.
    public static func widths(for width: Int) -> [Int] {
        guard width > columnWidth else { return [] }
        return variantWidths.filter { $0 < width }
    }

    /// The file name of a copy: `anh-480-1a2b3c4d.webp` for `anh.jpg`. The hash of the
    /// original keeps two pictures of one name apart and lets browsers cache the copy for good.
    public static func variantName(of name: String, width: Int, contents: Data) -> String {
        var stem = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = String(name[..<dot]) }
        let hash = StableHash.of(contents).prefix(8)
        return "\(stem)-\(width)-\(hash).\(variantFormat)"
    }

    /// True for a title that marks the picture as decorative.
    public static func isDecorative(title: String) -> Bool {
        let folded = UnicodeNormalization.nfc(Whitespace.trimming(title, where: Whitespace.isSpace)).lowercased()
        return folded == decorativeTitle
    }
}
