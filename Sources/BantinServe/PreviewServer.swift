import BantinCore
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `bantin serve`: builds the site into memory, serves it, and rebuilds and reloads on every change.
///
/// Nothing is written to disk: the files live in `PreviewState`, so a preview never disturbs
/// `public/` and what `bantin build` would publish. The watcher starts before the first build,
/// so an edit made while it runs is not lost.
public struct PreviewServer: Sendable {
    public let options: ServeOptions
    public let report: @Sendable (PreviewEvent) -> Void

    public init(options: ServeOptions, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.options = options
        self.report = report
    }

    /// Runs until SIGINT or SIGTERM, then shuts down gracefully and returns; throws when it cannot listen.
    public func run() async throws {
        let site = options.site.standardizedFileURL
        let watcher = Self.watcher(for: site, polling: options.poll)
        let state = PreviewState()
        var buildOptions = BuildOptions(drafts: options.drafts)
        buildOptions.images = options.images
        let builder = PreviewBuilder(site: site, options: buildOptions)

        let first = await builder.build()
        state.update(with: first.result)
        report(.built(first))

        var logger = Logger(label: "bantin.serve")
        logger.logLevel = .error
        let options = options, report = report, method = watcher.method
        var application = Application(
            responder: PreviewResponder(state: state, hosts: HostCheck(boundHost: options.host)),
            // Hummingbird's idle timeout is also the read-header timeout: its clock runs from when
            // the connection opens or the last answer ends, and only a request's whole header stops
            // it, so bytes trickled one at a time do not keep a connection open.
            server: .http1(configuration: .init(idleTimeout: Self.timeAmount(options.idleTimeout))),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port)),
            onServerRunning: { channel in
                state.port = channel.localAddress?.port
                report(.serving(url: options.url(port: channel.localAddress?.port), watcher: method))
            },
            logger: logger
        )
        application.addServices(RebuildService(
            watcher: watcher, debouncer: ChangeDebouncer(quiet: options.debounce),
            builder: builder, state: state, report: report
        ))
        do {
            try await application.runService()
        } catch {
            watcher.stop()
            state.finishAll()
            if let error = error as? IOError, error.errnoCode == EADDRINUSE {
                throw ServeError.addressInUse(host: options.host, port: options.port)
            }
            throw error
        }
        watcher.stop()
        report(.stopped)
    }

    /// A Duration as NIO counts time.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// inotify where the kernel offers it, polling otherwise or when asked.
    static func watcher(for site: URL, polling: Bool) -> any SiteWatcher {
        #if canImport(Glibc)
        if !polling, let watcher = InotifyWatcher(root: site) { return watcher }
        #endif
        return PollingWatcher(root: site)
    }
}
