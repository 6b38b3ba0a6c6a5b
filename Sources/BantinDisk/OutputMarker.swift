import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file that marks a folder as one Bantin made, and so may replace whole.
///
/// It is written last into a staging folder, so a folder that has it is also complete. Its
/// text never changes, so outputs stay byte-identical between builds; what tells one build's
/// output from another's is the file itself (device, inode and time), the stamp.
public enum OutputMarker {
    public static let name = ".bantin-output"
    static let text = "Bantin made this folder and replaces all of it at every build: do not keep anything else in it.\n"

    static func write(in folder: String) throws {
        try OutputWriter.write(Data(text.utf8), to: folder + "/" + name)
    }

    /// Whether `folder` (not followed if it is a link) holds the marker as a plain file.
    static func isMarked(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// What identifies the marker of this very build: nil when `folder` has none.
    public static func stamp(in folder: URL) -> String? {
        var info = stat()
        guard lstat(folder.path + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return "\(info.st_dev)-\(info.st_ino)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}
