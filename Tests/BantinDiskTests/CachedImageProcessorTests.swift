import BantinCore
import Foundation
import Synchronization
import Testing
@testable import BantinDisk

@Suite("CachedImageProcessor")
struct CachedImageProcessorTests {
    /// A picture is `PICTURE 1200x800`; a copy `COPY 480 OF …`; every call is counted.
    final class Counting: ImageProcessing {
        private let count = Mutex(0)
        var calls: Int { count.withLock { $0 } }

        func size(of image: Data) -> ImageSize? {
            count.withLock { $0 += 1 }
            let text = String(decoding: image, as: UTF8.self)
            guard text.hasPrefix("PICTURE ") else { return nil }
            let numbers = text.dropFirst(8).split(separator: "x").compactMap { Int($0) }
            return numbers.count == 2 ? ImageSize(width: numbers[0], height: numbers[1]) : nil
        }

        func variant(of image: Data, width: Int) -> Data? {
            count.withLock { $0 += 1 }
            return Data("COPY \(width) OF ".utf8) + image
        }
    }

    @Test func aSecondBuildAsksTheLibraryNothingForPicturesItHasSeen() throws {
        let folder = try TemporaryFolder()
        let picture = Data("PICTURE 1200x800".utf8), notAPicture = Data("%PDF".utf8)
        let first = Counting()
        let cached = CachedImageProcessor(first, site: folder.url)
        #expect(cached.size(of: picture) == ImageSize(width: 1200, height: 800))
        #expect(cached.size(of: notAPicture) == nil)
        #expect(cached.variant(of: picture, width: 480) == Data("COPY 480 OF PICTURE 1200x800".utf8))
        #expect(first.calls == 3)

        // The next build: a new processor over the same cache folder.
        let second = Counting()
        let again = CachedImageProcessor(second, site: folder.url)
        #expect(again.size(of: picture) == ImageSize(width: 1200, height: 800))
        #expect(again.size(of: notAPicture) == nil)
        #expect(again.variant(of: picture, width: 480) == Data("COPY 480 OF PICTURE 1200x800".utf8))
        #expect(second.calls == 0)
        // Another width, or other bytes, are new work.
        _ = again.variant(of: picture, width: 960)
        _ = again.size(of: Data("PICTURE 1200x801".utf8))
        #expect(second.calls == 2)
        let key = CachedImageProcessor.key(of: picture)
        #expect(folder.listing(".bantin-cache/images").contains("\(key)-480.webp"))
    }

    @Test func aDamagedCacheFileIsMadeAgain() throws {
        let folder = try TemporaryFolder()
        let picture = Data("PICTURE 800x600".utf8)
        let key = CachedImageProcessor.key(of: picture)
        try folder.write(".bantin-cache/images/\(key).size", "rubbish")
        try folder.write(".bantin-cache/images/\(key)-480.webp", "")
        let counting = Counting()
        let cached = CachedImageProcessor(counting, site: folder.url)
        #expect(cached.size(of: picture) == ImageSize(width: 800, height: 600))
        #expect(cached.variant(of: picture, width: 480) == Data("COPY 480 OF PICTURE 800x600".utf8))
        #expect(counting.calls == 2)
    }
}
