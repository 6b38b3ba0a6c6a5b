import ArgumentParser
import BantinCore
import BantinServe
import Dispatch
import Foundation

/// `bantin serve`: previews the site from memory, rebuilding and reloading on every save.
struct Serve: ParsableCommand {
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

    func run() throws {
        let console = Console()
        let site = siteOptions.siteURL
        let options = ServeOptions(site: site, host: host, port: port, drafts: drafts, poll: poll)
        if let warning = PreviewMessages.exposed(host: host) { console.info(warning) }
        let server = PreviewServer(options: options) { event in
            switch event {
            case .built(let build), .rebuilt(let build):
                console.report(build.result.diagnostics)
                console.info(PreviewMessages.build(build))
            case .serving(let url, let watcher):
                console.info(PreviewMessages.serving(site: site.relativeOrAbsolutePath, url: url))
                console.info(PreviewMessages.watching(method: watcher))
            case .stopped:
                console.info(PreviewMessages.stopped)
            }
        }
        // ArgumentParser runs an async `run()` only under an async root command, and `Bantin`
        // is synchronous; so this command waits for its server on a semaphore. The main thread
        // is not one the server or the builds need.
        let failure = Failure()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await server.run() } catch { failure.error = error }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            console.error("could not serve at \(options.url()): \(error)")
            throw ExitCode(1)
        }
    }

    /// The server's error, handed from its task to the waiting thread; the semaphore orders the two.
    private final class Failure: @unchecked Sendable {
        var error: (any Error)?
    }
}
