import BantinMarkdown
import Foundation

/// Makes a picture of the site ready for its page: its size and smaller copies from the
/// injected image library, the copies as files beside the page, and the problems found.
struct PictureMaker {
    struct Made {
        var markup: FigureMarkup
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
    }

    let processor: (any ImageProcessing)?
    let links: LinkBuilder

    /// - Parameters:
    ///   - data: the original's bytes; `href` is its link from the page `page`.
    ///   - name: the original's file name, which names its copies.
    func make(_ picture: MarkdownLink, data: Data, href: String, name: String, page: String,
              at location: SourceLocation, lazy: Bool = true) -> Made {
        let decorative = ImagePlan.isDecorative(title: picture.title)
        var made = Made(markup: FigureMarkup(src: href, alt: picture.text, caption: decorative ? "" : picture.title, lazy: lazy))
        if data.count > ImagePlan.heavyBytes {
            let megabytes = VietnameseNumberFormat.decimal(Double(data.count) / 1_000_000, fractionDigits: 1)
            made.diagnostics.append(.warning(.heavyPicture, "the picture '\(picture.destination)' weighs \(megabytes) MB, which readers on a phone pay for", at: location,
                                             hint: "save it at most 2.000 pixels wide as a JPEG of quality 80; Bantin makes the smaller copies itself"))
        }
        // A drawing scales to any width by itself: it is shown as it is.
        guard let processor, !name.lowercased().hasSuffix(".svg") else { return made }
        guard let size = processor.size(of: data) else {
            made.diagnostics.append(.error(.notAPicture, "the file '\(picture.destination)' is not a picture", at: location,
                                           hint: "link a JPEG, PNG, WebP or GIF picture; a file renamed to .jpg is not one"))
            return made
        }
        made.markup.size = size
        for width in ImagePlan.widths(for: size.width) {
            guard let contents = processor.variant(of: data, width: width) else {
                made.diagnostics.append(.error(.pictureFailed, "a copy \(width) pixels wide of '\(picture.destination)' could not be made", at: location,
                                               hint: "open the picture in an image editor and save it again"))
                continue
            }
            let output = PathNormalizer.folder(of: page) + ImagePlan.variantName(of: name, width: width, contents: data)
            made.files.append(OutputFile(path: output, contents: contents))
            made.markup.variants.append(.init(href: links.link(from: page, to: output), width: width))
        }
        return made
    }
}
