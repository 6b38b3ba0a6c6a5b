import ArgumentParser
import BantinCore
import BantinDisk
import BantinImages
import Foundation

/// `bantin check`: validates everything and writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every article, figure, locality and template; write nothing."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Flag(help: "Check articles marked draft: true too.")
    var drafts = false

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Flag(help: "Take articles dated in the future as published, as build --future does.")
    var future = false

    func run() throws {
        let source = DiskSiteSource(root: siteOptions.siteURL)
        var options = BuildOptions(drafts: drafts, now: Int(Date().timeIntervalSince1970), future: future)
        options.images = VipsImageProcessor().map { CachedImageProcessor($0, site: siteOptions.siteURL) }
        var result = SiteBuilder(source: source, options: options).check()
        // The editors' configuration must follow the schema and the gazetteer it was made from.
        var references = DiagnosticBag()
        if source.exists(CMSConfigWriter.decapPath) || source.exists(CMSConfigWriter.frontMatterPath),
           case let loaded = SiteReferences.load(from: source, diagnostics: &references), !references.hasErrors {
            result.diagnostics += CMSConfigWriter(references: loaded).staleFiles(in: source)
        }
        let console = Console()
        console.report(result.diagnostics, lines: result.lines)
        if result.succeeded, !(strict && result.warningCount > 0) {
            console.info("no problems found" + (result.warningCount > 0
                ? " (" + console.formatter.summary(errors: 0, warnings: result.warningCount, outputKept: nil) + ")" : ""))
        } else {
            console.summary(errors: result.errorCount, warnings: result.warningCount, outputKept: nil, strict: strict)
            throw ExitCode(1)
        }
    }
}
