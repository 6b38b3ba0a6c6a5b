import ArgumentParser
import BantinCore
import BantinDisk
import Foundation

/// `bantin build`: checks the site and writes it into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the site and write it into public/ (left as it was when anything is wrong)."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .shortAndLong, help: "The output folder (default: SITE/public).", completion: .directory)
    var output: String?

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    func run() throws {
        let started = Date()
        let source = DiskSiteSource(root: siteOptions.siteURL)
        let result = SiteBuilder(source: source, options: BuildOptions(drafts: drafts)).build()
        let console = Console()
        console.report(result.diagnostics)
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? siteOptions.siteURL.appendingPathComponent("public", isDirectory: true)
        guard result.succeeded else {
            console.summary(errors: result.errorCount, warnings: result.warningCount, outputKept: true)
            throw ExitCode(1)
        }
        do {
            try OutputWriter(output: outputURL).replace(with: result.files)
        } catch {
            console.error("could not write \(outputURL.path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let elapsed = Int(Date().timeIntervalSince(started) * 1000)
        console.info("built \(result.files.count) files into \(outputURL.relativeOrAbsolutePath) in \(elapsed) ms")
        if result.warningCount > 0 { console.summary(errors: 0, warnings: result.warningCount, outputKept: nil) }
    }
}
