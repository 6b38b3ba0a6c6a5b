import BantinMarkdown

/// Every picture of a body needs words for readers who cannot see it, unless it only decorates.
public enum ImageAltCheck {
    /// An error for each picture of `document` without alternative text and not marked decorative.
    public static func check(_ document: MarkdownDocument, in file: SourceFile, bodyLine: Int) -> [Diagnostic] {
        let pictures = (document.links.filter(\.isImage) + document.remoteImages).sorted {
            ($0.line, $0.column) < ($1.line, $1.column)
        }
        return pictures.compactMap { picture in
            guard Whitespace.trimming(picture.text, where: Whitespace.isSpace).isEmpty,
                  !ImagePlan.isDecorative(title: picture.title) else { return nil }
            let location = file.location(line: bodyLine - 1 + picture.line, column: picture.column,
                                         length: max(1, picture.destination.unicodeScalars.count))
            return .error(.missingAltText, "the picture '\(picture.destination)' has no alternative text", at: location,
                          hint: "describe what it shows between the brackets: ![Cầu Long Biên lúc sáng sớm](\(picture.destination)); "
                              + "a picture that only decorates takes the title \"\(ImagePlan.decorativeTitle)\": ![](\(picture.destination) \"\(ImagePlan.decorativeTitle)\")")
        }
    }
}
