import Foundation

/// Takes the metadata chunks (EXIF, XMP, ICC profile) out of a WebP file, which libvips 8.14
/// writes even when asked not to: a copy for the web carries no camera, place or date, and
/// its bytes depend on the picture alone.
///
/// A WebP file is a RIFF container of chunks. With nothing but a `VP8X` header and the
/// picture left, the header is dropped too and the file is a plain lossy (`VP8 `) or
/// lossless (`VP8L`) WebP; with alpha or animation, the header stays with its metadata flags cleared.
enum WebPMetadata {
    static let metadataChunks: Set<String> = ["EXIF", "XMP ", "ICCP"]

    /// `data` without its metadata; `data` itself when it is not a WebP file this understands.
    static func stripped(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, String(decoding: bytes[0..<4], as: UTF8.self) == "RIFF",
              String(decoding: bytes[8..<12], as: UTF8.self) == "WEBP" else { return data }
        var chunks: [(name: String, body: ArraySlice<UInt8>)] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let name = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            let start = offset + 8
            guard start + size <= bytes.count else { return data }
            chunks.append((name, bytes[start..<(start + size)]))
            offset = start + size + (size & 1)
        }
        guard offset == bytes.count || offset == bytes.count + 1 else { return data }
        var kept = chunks.filter { !metadataChunks.contains($0.name) }
        if kept.count == 2, kept[0].name == "VP8X", kept[1].name == "VP8 " || kept[1].name == "VP8L" {
            kept.removeFirst()
        } else if let index = kept.firstIndex(where: { $0.name == "VP8X" }), kept[index].body.count >= 1 {
            // The flags byte: ICC profile (0x20), EXIF (0x08) and XMP (0x04) are gone.
            var body = Array(kept[index].body)
            body[0] &= ~UInt8(0x20 | 0x08 | 0x04)
            kept[index].body = ArraySlice(body)
        }
        var payload: [UInt8] = Array("WEBP".utf8)
        for chunk in kept {
            payload += Array(chunk.name.utf8)
            payload += littleEndian(chunk.body.count)
            payload += chunk.body
            if chunk.body.count & 1 == 1 { payload.append(0) }
        }
        return Data(Array("RIFF".utf8) + littleEndian(payload.count) + payload)
    }

    private static func littleEndian(_ value: Int) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24 & 0xFF)]
    }
}
