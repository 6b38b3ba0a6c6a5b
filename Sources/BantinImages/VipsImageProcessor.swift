import BantinCore
import CVips
import Foundation

/// Reads pictures and makes their smaller copies with libvips; the only user of its C API.
///
/// Only the formats browsers show are read (JPEG, PNG, WebP, GIF, AVIF): anything else
/// libvips could open (a PDF, a TIFF) is "not a picture" for a web page.
public struct VipsImageProcessor: ImageProcessing {
    /// libvips's loaders for the formats a page may show.
    static let pageLoaders: Set<String> = [
        "VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer", "VipsForeignLoadWebpBuffer",
        "VipsForeignLoadNsgifBuffer", "VipsForeignLoadGifBuffer", "VipsForeignLoadHeifBuffer",
    ]

    private static let started: Bool = bantin_vips_start() == 0

    /// Nil when libvips could not start.
    public init?() {
        guard Self.started else { return nil }
    }

    public func size(of image: Data) -> ImageSize? {
        image.withUnsafeBytes { bytes -> ImageSize? in
            guard let base = bytes.baseAddress, bytes.count > 0,
                  let loader = bantin_vips_loader(base, bytes.count),
                  Self.pageLoaders.contains(String(cString: loader)) else { return nil }
            var width: Int32 = 0, height: Int32 = 0
            guard bantin_vips_size(base, bytes.count, &width, &height) == 0, width > 0, height > 0 else { return nil }
            return ImageSize(width: Int(width), height: Int(height))
        }
    }

    public func variant(of image: Data, width: Int) -> Data? {
        image.withUnsafeBytes { bytes -> Data? in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
            var output: UnsafeMutableRawPointer?
            var length = 0
            guard bantin_vips_webp(base, bytes.count, Int32(width), Int32(ImagePlan.variantQuality), &output, &length) == 0,
                  let output else { return nil }
            defer { g_free(output) }
            return WebPMetadata.stripped(Data(bytes: output, count: length))
        }
    }
}
