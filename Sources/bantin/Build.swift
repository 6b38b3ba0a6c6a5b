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

    @Flag(help: "Build every page, ignoring what the previous build left in .bantin-cache/.")
    var full = false

    @Flag(help: "Fail on warnings too, leaving the output as it was; builds every page, to see every warning.")
    var strict = false

    @Flag(help: "Publish articles dated in the future now, rather than on their date.")
    var future = false

    @Flag(help: "Print how long each stage of a build took, the processor time it used and the peak memory so far.")
    var timings = false

    func run() throws {
        let started = Date()
        let source = DiskSiteSource(root: siteOptions.siteURL)
        let outputURL = (output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? siteOptions.siteURL.appendingPathComponent("public", isDirectory: true)).standardizedFileURL
        let store = BuildCacheStore(site: siteOptions.siteURL)
        let previous = full || strict ? nil : store.load(for: outputURL)
        let console = Console()
        let writer = OutputWriter(output: outputURL)
        let staging: StagingFolder
        do {
            staging = try writer.stage()
        } catch {
            console.error("could not write beside \(outputURL.path): \(error)")
            throw ExitCode(1)
        }
        // A full build writes its pages into the staging folder as it makes them.
        var options = BuildOptions(drafts: drafts, now: Int(Date().timeIntervalSince1970), future: future)
        let timer = timings ? StageTimer() : nil
        if let timer { options.onStage = { timer.begin($0) } }
        let result = SiteBuilder(source: source, options: options).build(previous: previous, sink: staging)
        console.report(result.diagnostics)
        guard result.succeeded, !(strict && result.warningCount > 0) else {
            writer.discard(staging)
            console.summary(errors: result.errorCount, warnings: result.warningCount, outputKept: true, strict: strict)
            throw ExitCode(1)
        }
        do {
            // The cache goes first: if writing is interrupted, the next build is a full one.
            store.remove()
            timer?.begin("putting the output in place")
            switch result.mode {
            case .full:
                try writer.commit(staging)
            case .partial:
                writer.discard(staging)
                try writer.update(with: result.files)
            }
            timer?.begin("writing the build cache")
            if let cache = result.cache { store.save(cache, for: outputURL) }
            timer?.begin("done")
        } catch {
            console.error("could not write \(outputURL.path): \(error)")
            throw ExitCode(1)
        }
        let elapsed = Int(Date().timeIntervalSince(started) * 1000)
        switch result.mode {
        case .full:
            console.info("built \(result.cache?.outputs.count ?? result.files.count) files into \(outputURL.relativeOrAbsolutePath) in \(elapsed) ms")
        case .partial(let articles):
            console.info("rebuilt \(articles.count) changed \(articles.count == 1 ? "article" : "articles") (\(result.files.count) files) into \(outputURL.relativeOrAbsolutePath) in \(elapsed) ms")
        }
        if result.warningCount > 0 { console.summary(errors: 0, warnings: result.warningCount, outputKept: nil) }
    }
}
