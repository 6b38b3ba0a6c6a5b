#if canImport(Glibc)
import Dispatch
import Foundation
import Glibc
import Synchronization

/// Watches a site with Linux's inotify: one watch per folder, added as folders appear.
///
/// inotify is not recursive, so every folder under `content/`, `themes/` and `templates/` gets
/// its own watch, and a folder created or moved in later is walked and watched when its
/// event arrives (its files are reported too, since they may have been written before the
/// watch existed). The site root is watched for `site.yaml` and for the three folders being
/// replaced whole, as `git checkout` does. Events are read on one serial queue; the watches
/// and the read source are kept behind a mutex, since `init` and `stop()` run elsewhere.
public final class InotifyWatcher: SiteWatcher, Sendable {
    public let method = "inotify"
    public let changes: AsyncStream<String>

    private let continuation: AsyncStream<String>.Continuation
    private let root: URL
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "bantin.serve.inotify")
    private let source = Mutex<DispatchSourceRead?>(nil)
    /// Watch descriptor → folder relative to the root ("" for the root).
    private let folders = Mutex<[Int32: String]>([:])

    private static let folderMask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ONLYDIR)

    /// Nil when inotify cannot be used here (no kernel support, or the watch limit is reached);
    /// the caller then polls.
    public init?(root: URL) {
        self.root = root.standardizedFileURL
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        let (changes, continuation) = AsyncStream.makeStream(of: String.self)
        self.changes = changes
        self.continuation = continuation
        guard addWatch("") else {
            close(descriptor)
            return nil
        }
        for folder in WatchedPaths.folders {
            guard watchTree(folder, reportingFiles: false) else {
                close(descriptor)
                return nil
            }
        }
        // Made inside the lock, so that the source is never shared outside it.
        source.withLock { [queue] source in
            let made = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
            made.setEventHandler { [weak self] in self?.readEvents() }
            made.setCancelHandler {
                close(descriptor)
                continuation.finish()
            }
            made.resume()
            source = made
        }
    }

    deinit {
        source.withLock { $0?.cancel() }
    }

    public func stop() {
        queue.async { [self] in
            source.withLock { source in
                source?.cancel()
                source = nil
            }
        }
    }

    /// Reads every record waiting on the descriptor, which is non-blocking.
    private func readEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            let events = buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            for event in events { handle(event) }
        }
    }

    private func handle(_ event: InotifyEvent) {
        let mask = Int32(bitPattern: event.mask)
        if mask & IN_Q_OVERFLOW != 0 {
            // Events were lost: watch whatever folders appeared meanwhile, and rebuild.
            for folder in WatchedPaths.folders { _ = watchTree(folder, reportingFiles: false) }
            continuation.yield(WatchedPaths.folders[0])
            return
        }
        if mask & IN_IGNORED != 0 {
            _ = folders.withLock { $0.removeValue(forKey: event.watch) }
            return
        }
        guard let folder = folders.withLock({ $0[event.watch] }), !event.name.isEmpty else { return }
        let path = folder.isEmpty ? event.name : folder + "/" + event.name
        guard WatchedPaths.matters(path) else { return }
        if mask & IN_ISDIR != 0, mask & (IN_CREATE | IN_MOVED_TO) != 0 {
            _ = watchTree(path, reportingFiles: true)
        }
        continuation.yield(path)
    }

    /// Watches `path` and every folder under it; with `reportingFiles`, reports the files found.
    private func watchTree(_ path: String, reportingFiles: Bool) -> Bool {
        var isFolder: ObjCBool = false
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return true }
        var seen: Set<String> = []
        return watchTree(path, reportingFiles: reportingFiles, seen: &seen)
    }

    private func watchTree(_ path: String, reportingFiles: Bool, seen: inout Set<String>) -> Bool {
        let url = root.appendingPathComponent(path)
        // A symbolic link back up the tree would otherwise be walked forever.
        guard seen.insert(url.resolvingSymlinksInPath().path).inserted else { return true }
        guard addWatch(path) else { return false }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = path + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                guard watchTree(child, reportingFiles: reportingFiles, seen: &seen) else { return false }
            } else if reportingFiles {
                continuation.yield(child)
            }
        }
        return true
    }

    /// False only when the kernel refuses for lack of watches; a folder that vanished meanwhile is fine.
    private func addWatch(_ path: String) -> Bool {
        let full = path.isEmpty ? root.path : root.appendingPathComponent(path).path
        let watch = inotify_add_watch(descriptor, full, Self.folderMask)
        if watch < 0 { return errno != ENOSPC && errno != ENOMEM }
        folders.withLock { $0[watch] = path }
        return true
    }
}
#endif
