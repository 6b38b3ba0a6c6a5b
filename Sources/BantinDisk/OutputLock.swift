import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time per output: an advisory lock (`flock`) on a file beside it.
///
/// The lock goes with the process, so a killed build holds it no longer; a staging folder
/// whose build is not holding the lock is therefore a leftover. The file is removed when
/// the lock is released, and whoever locked a file that was removed meanwhile locks again.
public final class OutputLock: Sendable {
    public let path: String
    /// The locked file's descriptor; -1 once released.
    private let descriptor: Mutex<Int32>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    /// Takes the lock at `path`; when another build holds it, calls `waiting` once and waits for it.
    public static func acquire(at path: String, waiting: () -> Void) throws -> OutputLock {
        var told = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { throw POSIXFailure(path: path, code: errno) }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR else {
                    let code = errno
                    close(descriptor)
                    throw POSIXFailure(path: path, code: code)
                }
                if !told { waiting(); told = true }
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        let code = errno
                        close(descriptor)
                        throw POSIXFailure(path: path, code: code)
                    }
                }
            }
            // The holder before may have removed the file as it let go: this lock then guards nothing.
            var held = stat(), named = stat()
            if fstat(descriptor, &held) == 0, lstat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                return OutputLock(path: path, descriptor: descriptor)
            }
            close(descriptor)
        }
    }

    /// Removes the file, then lets go: a build waiting on it locks the next file.
    public func release() {
        descriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            unlink(path)
            close(descriptor)
            descriptor = -1
        }
    }

    deinit { release() }
}
