import Foundation

/// What a build asks of an image library: the core stays pure, and the edge that links
/// libvips (`BantinImages`), with its cache on disk, answers through this protocol.
///
/// Both calls must give the same answer for the same bytes on every build, so that the
/// output is byte-identical; they are called from several threads at once.
public protocol ImageProcessing: Sendable {
    /// The picture's size in pixels; nil when the bytes are not a picture the library can read.
    func size(of image: Data) -> ImageSize?
    /// The picture scaled to `width` pixels wide, in `ImagePlan.variantFormat`, without metadata;
    /// nil when it could not be made.
    func variant(of image: Data, width: Int) -> Data?
}
