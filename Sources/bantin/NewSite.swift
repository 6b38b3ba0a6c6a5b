import ArgumentParser
import BantinCore
import Foundation

/// `bantin new site DIR`: a working bulletin in an empty folder.
struct NewSite: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write a new bulletin into an empty folder: settings, a schema, a gazetteer, one article, a README."
    )

    @Argument(help: "The folder to create the site in; it must be empty or not exist yet.", completion: .directory)
    var folder: String

    func run() throws {
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let manager = FileManager.default
        let console = Console()
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                console.error("'\(folder)' is a file, not a folder")
                throw ExitCode(1)
            }
            let entries = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
            guard entries.isEmpty else {
                console.error("'\(folder)' is not empty; nothing was written")
                console.info("   hint: give the name of a new folder, or of an empty one")
                throw ExitCode(1)
            }
        }
        do {
            for (path, text) in StarterSite.files.sorted(by: { $0.key < $1.key }) {
                let url = root.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            console.error("could not write the site into \(root.relativeOrAbsolutePath): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        console.info("wrote a new bulletin into \(root.relativeOrAbsolutePath); build it with: bantin build \(folder)")
    }
}
