import Foundation
import BantinCore
import Synchronization

/// An image library for tests: a "picture" is the text `PICTURE 1200x800`, and a copy is the
/// text `COPY 480 OF <the picture>`. It counts its calls, to show what a cache spares.
final class FakeImageProcessor: ImageProcessing {
    private let counts = Mutex((size: 0, variant: 0))

    var calls: (size: Int, variant: Int) { counts.withLock { $0 } }

    static func picture(width: Int, height: Int, padding: Int = 0) -> String {
        "PICTURE \(width)x\(height)" + String(repeating: " ", count: padding)
    }

    func size(of image: Data) -> ImageSize? {
        counts.withLock { $0.size += 1 }
        let text = String(decoding: image, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("PICTURE ") else { return nil }
        let numbers = text.dropFirst("PICTURE ".count).split(separator: "x").compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        return ImageSize(width: numbers[0], height: numbers[1])
    }

    func variant(of image: Data, width: Int) -> Data? {
        counts.withLock { $0.variant += 1 }
        return Data("COPY \(width) OF ".utf8) + image
    }
}
