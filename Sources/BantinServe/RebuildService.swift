import ServiceLifecycle

/// Rebuilds the site after each burst of changes, for as long as the server runs.
///
/// A service of the application, so Ctrl-C stops it with the server: the watcher is stopped,
/// its stream ends, a rebuild under way finishes, and `run` returns.
struct RebuildService: Service {
    let watcher: any SiteWatcher
    let debouncer: ChangeDebouncer
    let builder: PreviewBuilder
    let state: PreviewState
    let report: @Sendable (PreviewEvent) -> Void

    func run() async {
        let watcher = watcher, state = state
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                await debouncer.run(watcher.changes) { batch in await rebuild(after: batch) }
            } onGracefulShutdown: {
                watcher.stop()
                state.finishAll()
            }
        } onCancel: {
            watcher.stop()
            state.finishAll()
        }
    }

    func rebuild(after batch: ChangeBatch) async {
        var build = await builder.build(after: batch)
        state.update(with: build.result)
        build.sinceChange = ContinuousClock.now - batch.firstSeen
        report(.rebuilt(build))
    }
}
