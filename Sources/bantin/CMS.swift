import ArgumentParser
import BantinCore
import BantinDisk
import Foundation

/// `bantin cms`: the configuration of Decap CMS / Sveltia CMS and of Front Matter CMS.
struct CMS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cms",
        abstract: "Write content/static/admin/config.yml (Decap CMS, Sveltia CMS) and frontmatter.json (Front Matter CMS)."
    )

    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        let console = Console()
        let references = try SiteReferences.loadReporting(siteOptions.siteURL, console: console)
        let writer = CMSConfigWriter(references: references)
        let root = siteOptions.siteURL
        let configURL = root.appendingPathComponent(CMSConfigWriter.decapPath)
        let existing = (try? Data(contentsOf: configURL)).map { String(decoding: $0, as: UTF8.self) }
        var files = [
            (CMSConfigWriter.decapPath, writer.decap(keeping: existing)),
            (CMSConfigWriter.frontMatterPath, writer.frontMatterCMS),
        ]
        // The loader page is the newsroom's once written (it may pick Decap rather than Sveltia).
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent(CMSConfigWriter.decapPage).path) {
            files.append((CMSConfigWriter.decapPage, CMSConfigWriter.adminPage))
        }
        do {
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
                print(url.relativeOrAbsolutePath)
            }
        } catch {
            console.error("could not write the editor configuration: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        if existing == nil {
            console.info("set the repository of the site under 'backend:' in \(CMSConfigWriter.decapPath) (see docs/writers-tools.md)")
        }
    }
}
