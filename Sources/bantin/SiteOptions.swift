import ArgumentParser
import Foundation

/// The site folder argument shared by the commands.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The site folder (with site.yaml and content/).", completion: .directory)
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteURL.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("'\(site)' is not a folder")
        }
    }
}
