import ArgumentParser
import BantinCore
import BantinDisk

/// `bantin check`: validates everything and writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every article, figure, locality and template; write nothing."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Flag(help: "Check articles marked draft: true too.")
    var drafts = false

    func run() throws {
        let source = DiskSiteSource(root: siteOptions.siteURL)
        let result = SiteBuilder(source: source, options: BuildOptions(drafts: drafts)).check()
        let console = Console()
        console.report(result.diagnostics)
        if result.succeeded {
            console.info("no problems found" + (result.warningCount > 0 ? " (\(result.warningCount) warnings)" : ""))
        } else {
            console.summary(errors: result.errorCount, warnings: result.warningCount, outputKept: nil)
            throw ExitCode(1)
        }
    }
}
