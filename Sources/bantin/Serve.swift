import ArgumentParser
import BantinCore
import BantinDisk
import BantinImages
import BantinServe
import Foundation

/// `bantin serve`: previews the site from memory, rebuilding and reloading on every save.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site from memory, rebuilt and reloaded on every save; write nothing."
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "The port to listen on.")
    var port = 1313

    @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this machine.")
    var host = "127.0.0.1"

    @Flag(help: "Include articles marked draft: true.")
    var drafts = false

    @Flag(help: "Watch by comparing modification times, for folders where inotify sees nothing (network shares).")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("'\(port)' is not a port (0 to 65535)") }
    }

    func run() async throws {
        let console = Console()
        let site = siteOptions.siteURL
        var options = ServeOptions(site: site, host: host, port: port, drafts: drafts, poll: poll)
        options.images = VipsImageProcessor().map { CachedImageProcessor($0, site: site) }
        if let warning = PreviewMessages.exposed(host: host) { console.info(warning) }
        let server = PreviewServer(options: options) { event in
            switch event {
            case .built(let build), .rebuilt(let build):
                console.report(build.result.diagnostics, lines: build.result.lines)
                console.info(PreviewMessages.build(build))
            case .serving(let url, let watcher):
                console.info(PreviewMessages.serving(site: site.relativeOrAbsolutePath, url: url))
                console.info(PreviewMessages.watching(method: watcher))
            case .stopped:
                console.info(PreviewMessages.stopped)
            }
        }
        do {
            try await server.run()
        } catch {
            console.error("could not serve at \(options.url()): \(error)")
            throw ExitCode(1)
        }
    }
}
