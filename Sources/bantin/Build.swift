import ArgumentParser
import BantinCore
import BantinDisk
import BantinImages
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

    @Flag(help: "Print how long each stage of a build took, the processor time it used and the peak memory so far, and the files and bytes of each part of the output.")
    var timings = false

    @Flag(help: "Print no progress and no summary line; problems are still printed.")
    var quiet = false

    func run() throws {
        let started = Date()
        let console = Console()
        let safety = OutputSafety(site: siteOptions.siteURL)
        let shown = output ?? siteOptions.siteURL.appendingPathComponent("public").path
        var place: OutputPlace
        do {
            place = try safety.place(for: output)
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
        let lock: OutputLock
        do {
            lock = try OutputWriter(place: place).lock {
                console.info("waiting for another build into \(shown) to finish")
            }
        } catch {
            console.error("could not lock the output \(shown): \(error)")
            throw ExitCode(1)
        }
        defer { lock.release() }
        for note in OutputWriter(place: place).recover() { console.info(note) }
        // Checked again now that it is ours alone: the build that held it may have changed it.
        do {
            place = try safety.place(for: output)
        } catch {
            console.error("\(error)")
            throw ExitCode(1)
        }
        let writer = OutputWriter(place: place)
        let outputURL = place.url
        let source = DiskSiteSource(root: siteOptions.siteURL)
        let store = BuildCacheStore(site: siteOptions.siteURL)
        // An incremental build starts from the output as recorded; any other output is built in full.
        let timer = timings ? StageTimer() : nil
        var previous = full || strict ? nil : OutputMarker.stamp(in: outputURL).flatMap { store.load(for: outputURL, stamp: $0) }
        if previous != nil { timer?.begin("checking the output against the last build") }
        let current = previous == nil ? nil : writer.files()
        if let recorded = previous, current != recorded.outputs {
            console.info("\(shown) is not as the last build left it: building it in full")
            previous = nil
        }
        if previous != nil { timer?.begin("reading and rendering the changed articles") }
        let staging: StagingFolder
        do {
            staging = try writer.stage()
        } catch {
            console.error("could not write beside \(outputURL.path): \(error)")
            throw ExitCode(1)
        }
        // A full build writes its pages into the staging folder as it makes them.
        var options = BuildOptions(drafts: drafts, now: Int(Date().timeIntervalSince1970), future: future)
        // On a terminal, a long build shows its stage and count on one line, erased at the end.
        let display = ProgressDisplay(quiet: quiet)
        options.onStage = { stage in
            if let timer {
                display.finish()
                timer.begin(stage)
            }
            display.begin(stage)
        }
        options.onProgress = { display.advance($0, of: $1) }
        options.images = VipsImageProcessor().map { CachedImageProcessor($0, site: siteOptions.siteURL) }
        let result = SiteBuilder(source: source, options: options).build(previous: previous, sink: staging)
        display.finish()
        console.report(result.diagnostics, lines: result.lines)
        guard result.succeeded, !(strict && result.warningCount > 0) else {
            writer.discard(staging)
            console.summary(errors: result.errorCount, warnings: result.warningCount, outputKept: true, strict: strict)
            throw ExitCode(1)
        }
        var cache = result.cache
        if let timer {
            if let reason = result.fullBuildReason {
                timer.note("a full build: \(reason)")
            } else if case .partial(let articles) = result.mode, !articles.isEmpty {
                timer.note("an incremental build: \(articles.count) changed \(articles.count == 1 ? "article" : "articles"), "
                    + "\(result.rebuiltParts.count) other parts made again (\(result.rebuiltParts.prefix(12).joined(separator: ", "))"
                    + "\(result.rebuiltParts.count > 12 ? ", …" : "")), \(result.files.count) files written, \(result.removed.count) removed")
            }
        }
        do {
            // The cache goes first: if writing is interrupted, the next build is a full one.
            store.remove()
            timer?.begin("putting the output in place")
            var notes: [String] = []
            switch result.mode {
            case .full:
                notes = try writer.commit(staging)
            case .partial(let articles) where articles.isEmpty:
                writer.discard(staging)
            case .partial:
                // The unchanged files are linked, the changed articles' pages written anew, and the whole swapped in.
                writer.discard(staging)
                let written = Set(result.files.map(\.path))
                let gone = Set(result.removed).subtracting(written)
                let kept = (current ?? []).filter { !written.contains($0) && !gone.contains($0) }
                cache?.outputs = written.union(kept).sorted()
                // Changes within one folder (one article's) swap that folder alone, in one step too.
                let folder = Self.commonFolder(of: written.union(gone))
                if let folderNotes = try writer.replace(
                    folder: folder,
                    keeping: kept.filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) },
                    with: result.files.map { OutputFile(path: String($0.path.dropFirst(folder.count)), contents: $0.contents) }
                ) {
                    notes = folderNotes
                    break
                }
                let partial = try writer.stage(keeping: kept)
                do {
                    try partial.write(result.files)
                } catch {
                    writer.discard(partial)
                    throw error
                }
                notes = try writer.commit(partial)
            }
            for note in notes { console.info("warning: \(note)") }
            timer?.begin("writing the build cache")
            if let cache { store.save(cache, for: outputURL, stamp: OutputMarker.stamp(in: outputURL)) }
            timer?.begin("done")
            if timer != nil { console.info(OutputSizes(folder: outputURL).table) }
        } catch {
            console.error("could not write \(outputURL.path): \(error)")
            throw ExitCode(1)
        }
        guard !quiet else {
            if result.warningCount > 0 { console.summary(errors: 0, warnings: result.warningCount, outputKept: nil) }
            return
        }
        let elapsed = Int(Date().timeIntervalSince(started) * 1000)
        switch result.mode {
        case .full:
            console.info("built \(result.cache?.outputs.count ?? result.files.count) files into \(URL(fileURLWithPath: shown).relativeOrAbsolutePath) in \(elapsed) ms")
        case .partial(let articles):
            console.info("rebuilt \(articles.count) changed \(articles.count == 1 ? "article" : "articles") (\(result.files.count) files) into \(URL(fileURLWithPath: shown).relativeOrAbsolutePath) in \(elapsed) ms")
        }
        if result.warningCount > 0 { console.summary(errors: 0, warnings: result.warningCount, outputKept: nil) }
    }

    /// The deepest folder (ending in `/`) that holds every path; empty when that is the output itself.
    static func commonFolder(of paths: Set<String>) -> String {
        guard var common = paths.first.map({ PathNormalizer.folder(of: $0) }) else { return "" }
        for path in paths {
            let folder = PathNormalizer.folder(of: path)
            while !folder.hasPrefix(common) {
                common = PathNormalizer.folder(of: String(common.dropLast()))
            }
        }
        return common
    }
}
