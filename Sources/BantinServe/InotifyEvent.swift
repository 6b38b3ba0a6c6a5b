/// One record read from an inotify descriptor: which watch, what happened, and the name in the folder.
///
/// Parsed from the raw bytes by hand, in one place, so the layout of `struct inotify_event`
/// (`wd`, `mask`, `cookie`, `len`, then `len` bytes of NUL-padded name) is tested without a kernel.
struct InotifyEvent: Equatable, Sendable {
    var watch: Int32
    var mask: UInt32
    /// Empty for events about the watched folder itself.
    var name: String

    static let headerSize = 16

    /// Every complete record in `bytes`; a truncated one at the end is dropped.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + headerSize <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + headerSize
            guard nameStart + length <= bytes.count else { break }
            let nameBytes = bytes[nameStart..<(nameStart + length)].prefix { $0 != 0 }
            events.append(InotifyEvent(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)))
            offset = nameStart + length
        }
        return events
    }
}
