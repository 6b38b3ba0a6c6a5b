import BantinCore
import BantinDisk
import Foundation
import Synchronization
import Testing
@testable import BantinImages

/// libvips itself, on the example bulletin's photograph (made for it, 1200×800 JPEG).
@Suite("VipsImageProcessor")
struct VipsImageProcessorTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let photo = repository.appendingPathComponent("content/articles/2023/doi-che-lam-ha.jpg")

    @Test func readsThePhotographsSize() throws {
        let processor = try #require(VipsImageProcessor())
        let data = try Data(contentsOf: Self.photo)
        #expect(processor.size(of: data) == ImageSize(width: 1200, height: 800))
    }

    @Test func aFileThatIsNotAPictureOrNotForAPageHasNoSize() throws {
        let processor = try #require(VipsImageProcessor())
        #expect(processor.size(of: Data("%PDF-1.7\n1 0 obj\n".utf8)) == nil)
        #expect(processor.size(of: Data("Huyện,Buổi\nLâm Hà,6003\n".utf8)) == nil)
        #expect(processor.size(of: Data()) == nil)
        // A truncated JPEG: the header is there, the picture is not whole.
        let data = try Data(contentsOf: Self.photo)
        #expect(processor.size(of: data.prefix(4)) == nil)
    }

    @Test func aCopyIsWebPOfTheWidthAskedWithoutMetadataAndTheSameBytesEveryTime() async throws {
        let processor = try #require(VipsImageProcessor())
        let data = try Data(contentsOf: Self.photo)
        let copy = try #require(processor.variant(of: data, width: 480))
        #expect(String(decoding: copy.prefix(4), as: UTF8.self) == "RIFF")
        #expect(String(decoding: copy[8..<12], as: UTF8.self) == "WEBP")
        #expect(processor.size(of: copy) == ImageSize(width: 480, height: 320))
        // No EXIF or XMP chunk: a simple lossy WebP is RIFF, then VP8 at once.
        #expect(String(decoding: copy[12..<16], as: UTF8.self) == "VP8 ")
        #expect(copy.count < data.count)
        #expect(processor.variant(of: data, width: 480) == copy)
        // Many threads at once, as a build asks.
        let copies = (0..<8).map { _ in Task.detached { processor.variant(of: data, width: 960) } }
        var results: [Data?] = []
        for task in copies { results.append(await task.value) }
        #expect(Set(results.compactMap { $0 }).count == 1)
    }
}

/// The example bulletin built as `bantin build` builds it: libvips behind the cache on disk.
@Suite("VipsImageProcessor in a build")
struct VipsImageProcessorBuildTests {
    /// Counts the calls that reach libvips.
    final class Counting: ImageProcessing {
        let inner: VipsImageProcessor
        private let count = Mutex(0)
        var calls: Int { count.withLock { $0 } }

        init(_ inner: VipsImageProcessor) { self.inner = inner }

        func size(of image: Data) -> ImageSize? {
            count.withLock { $0 += 1 }
            return inner.size(of: image)
        }

        func variant(of image: Data, width: Int) -> Data? {
            count.withLock { $0 += 1 }
            return inner.variant(of: image, width: width)
        }
    }

    static let page = "bai-viet/lam-ha-tong-ket-10-nam-phong-trao/"

    private func build(cache: URL) throws -> (copies: [String: Data], calls: Int, result: BuildResult) {
        let counting = Counting(try #require(VipsImageProcessor()))
        var options = BuildOptions()
        options.images = CachedImageProcessor(counting, site: cache)
        let result = SiteBuilder(source: DiskSiteSource(root: VipsImageProcessorTests.repository), options: options).build()
        let copies = result.files.filter { $0.path.hasPrefix(Self.page) && $0.path.hasSuffix(".webp") }
        return (Dictionary(uniqueKeysWithValues: copies.map { ($0.path, $0.contents) }), counting.calls, result)
    }

    @Test func aSecondBuildReadsNoPictureAgainAndEveryBuildMakesTheSameBytes() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-images-\(UUID().uuidString)")
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-images-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.removeItem(at: fresh)
        }
        let first = try build(cache: cache)
        #expect(first.result.diagnostics.isEmpty)
        // The photograph's size, then its two copies.
        #expect(first.calls == 3)
        #expect(first.copies.keys.sorted().map { $0.replacingOccurrences(of: #"-[0-9a-f]{8}\."#, with: ".", options: .regularExpression) } == [
            Self.page + "doi-che-lam-ha-480.webp", Self.page + "doi-che-lam-ha-960.webp",
        ])
        let second = try build(cache: cache)
        #expect(second.calls == 0)
        #expect(second.copies == first.copies)
        // Without the cache, libvips makes the very same bytes again.
        let third = try build(cache: fresh)
        #expect(third.calls == 3)
        #expect(third.copies == first.copies)
        let page = try #require(first.result.files.first { $0.path == Self.page + "index.html" })
        let html = String(decoding: page.contents, as: UTF8.self)
        #expect(html.contains(#"<figure><img src="doi-che-lam-ha.jpg" alt="Đồi chè xanh bên hồ nước dưới nắng chiều" width="1200" height="800" loading="lazy" decoding="async" srcset=""#))
    }
}
