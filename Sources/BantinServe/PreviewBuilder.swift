import BantinCore
import BantinDisk
import Dispatch
import Foundation

/// Builds the site from disk, off the concurrency pool.
///
/// A build is seconds of blocking work at worst; on a small machine it would otherwise hold one
/// of the few threads Swift concurrency has, and the server's requests would wait behind it.
struct PreviewBuilder: Sendable {
    let site: URL
    let options: BuildOptions

    func build(after batch: ChangeBatch? = nil) async -> PreviewBuild {
        let site = site, options = options
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let clock = ContinuousClock()
                let start = clock.now
                // Read afresh each time: the listing of files is taken when the source is made.
                let result = SiteBuilder(source: DiskSiteSource(root: site), options: options).build()
                continuation.resume(returning: PreviewBuild(result: result, duration: clock.now - start, batch: batch))
            }
        }
    }
}
