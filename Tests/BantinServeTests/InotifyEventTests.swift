import Testing
@testable import BantinServe

@Suite("inotify records")
struct InotifyEventTests {
    /// One `struct inotify_event` as the kernel lays it out, little-endian, name padded with NULs.
    static func record(watch: Int32, mask: UInt32, name: String, padTo length: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        withUnsafeBytes(of: watch.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(0).littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(length).littleEndian) { bytes += $0 }
        let name = Array(name.utf8)
        return bytes + name + Array(repeating: 0, count: length - name.count)
    }

    @Test func recordsAreReadOneAfterAnother() {
        let bytes = Self.record(watch: 1, mask: 0x8, name: "lâm-hà.md", padTo: 16)
            + Self.record(watch: 2, mask: 0x4000_0100, name: "2025", padTo: 16)
            + Self.record(watch: 1, mask: 0x8000, name: "", padTo: 0)
        let events = bytes.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events == [
            InotifyEvent(watch: 1, mask: 0x8, name: "lâm-hà.md"),
            InotifyEvent(watch: 2, mask: 0x4000_0100, name: "2025"),
            InotifyEvent(watch: 1, mask: 0x8000, name: ""),
        ])
    }

    @Test func aTruncatedRecordIsDropped() {
        let whole = Self.record(watch: 3, mask: 0x2, name: "a.md", padTo: 16)
        let bytes = whole + Array(Self.record(watch: 4, mask: 0x2, name: "b.md", padTo: 16).prefix(20))
        #expect(bytes.withUnsafeBytes { InotifyEvent.parse($0) } == [InotifyEvent(watch: 3, mask: 0x2, name: "a.md")])
        #expect(Array(whole.prefix(10)).withUnsafeBytes { InotifyEvent.parse($0) } == [])
    }
}
