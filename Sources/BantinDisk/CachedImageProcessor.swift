import BantinCore
import Foundation

/// Keeps what an image library made in `.bantin-cache/images/` under the site, named by
/// the hash of the picture's bytes: an unchanged picture is never read or resized again,
/// whatever its name or place, so that a build with photographs stays quick.
///
/// A file of the cache that cannot be read is made again; one that cannot be written is
/// only a slower next build. Files are written whole, then renamed, so that two builds at
/// once (or a build stopped halfway) never leave half a picture behind.
public struct CachedImageProcessor: ImageProcessing {
    /// Changes when the copies would change (their format, quality or library calls), so that an old cache is not used.
    static let version = "webp-q\(ImagePlan.variantQuality)-1"

    public let folder: URL
    private let processor: any ImageProcessing

    public init(_ processor: any ImageProcessing, site: URL) {
        self.processor = processor
        folder = site.appendingPathComponent(".bantin-cache", isDirectory: true).appendingPathComponent("images", isDirectory: true)
    }

    public func size(of image: Data) -> ImageSize? {
        let file = folder.appendingPathComponent(Self.key(of: image) + ".size")
        if let data = FileManager.default.contents(atPath: file.path), let text = String(data: data, encoding: .utf8) {
            if text == "none" { return nil }
            let parts = text.split(separator: " ").compactMap { Int($0) }
            if parts.count == 2, parts[0] > 0, parts[1] > 0 { return ImageSize(width: parts[0], height: parts[1]) }
        }
        let size = processor.size(of: image)
        store(Data((size.map { "\($0.width) \($0.height)" } ?? "none").utf8), at: file)
        return size
    }

    public func variant(of image: Data, width: Int) -> Data? {
        let file = folder.appendingPathComponent(Self.key(of: image) + "-\(width).\(ImagePlan.variantFormat)")
        if let data = FileManager.default.contents(atPath: file.path), !data.isEmpty { return data }
        guard let variant = processor.variant(of: image, width: width) else { return nil }
        store(variant, at: file)
        return variant
    }

    /// The picture's hash and length, and the cache's version.
    static func key(of image: Data) -> String {
        var hash = StableHash()
        hash.combine(version)
        hash.combine(image)
        return "\(hash.hex)-\(image.count)"
    }

    private func store(_ data: Data, at file: URL) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: file, options: .atomic)
    }
}
