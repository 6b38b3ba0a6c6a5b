import Foundation
import Testing
@testable import BantinImages

@Suite("WebPMetadata")
struct WebPMetadataTests {
    private func chunk(_ name: String, _ body: [UInt8]) -> [UInt8] {
        let size = body.count
        return Array(name.utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0] + body + (size & 1 == 1 ? [0] : [])
    }

    private func riff(_ chunks: [[UInt8]]) -> Data {
        let payload = Array("WEBP".utf8) + chunks.flatMap { $0 }
        let size = payload.count
        return Data(Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0] + payload)
    }

    @Test func aLossyPictureWithExifBecomesAPlainLossyFile() {
        let picture = chunk("VP8 ", [1, 2, 3, 4, 5])
        let withExif = riff([chunk("VP8X", [0x08, 0, 0, 0, 0xDF, 1, 0, 0x3F, 1, 0]), picture, chunk("EXIF", [9, 9, 9])])
        #expect(WebPMetadata.stripped(withExif) == riff([picture]))
    }

    @Test func withAlphaTheHeaderStaysWithoutItsMetadataFlags() {
        let alpha = chunk("ALPH", [7, 7]), picture = chunk("VP8 ", [1, 2, 3, 4])
        let file = riff([chunk("VP8X", [0x10 | 0x20 | 0x08, 0, 0, 0, 1, 0, 0, 1, 0, 0]), chunk("ICCP", [5, 5, 5, 5]), alpha, picture, chunk("XMP ", [1])])
        #expect(WebPMetadata.stripped(file) == riff([chunk("VP8X", [0x10, 0, 0, 0, 1, 0, 0, 1, 0, 0]), alpha, picture]))
    }

    @Test func anythingElseIsLeftAsItIs() {
        let notWebP = Data("RIFF\u{4}\u{0}\u{0}\u{0}WAVE".utf8)
        #expect(WebPMetadata.stripped(notWebP) == notWebP)
        let cut = riff([chunk("VP8 ", [1, 2, 3, 4])]).dropLast(2)
        #expect(WebPMetadata.stripped(Data(cut)) == Data(cut))
    }
}
