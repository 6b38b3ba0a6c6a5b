import BantinCore
import Testing
@testable import BantinServe

@Suite("Preview messages")
struct PreviewMessagesTests {
    static let files = [OutputFile(path: "index.html", text: ""), OutputFile(path: "404.html", text: "")]
    static let error = Diagnostic.error(.unknownMetric, "unknown metric 'x'", at: nil)
    static let warning = Diagnostic.warning(.futureDate, "no summary", at: nil)
    static let batch = ChangeBatch(paths: ["content/articles/2024/a.md"], firstSeen: .now)

    @Test func theServingLineGivesTheSiteAndTheURL() {
        #expect(PreviewMessages.serving(site: "/tmp/site", url: "http://127.0.0.1:1313/")
            == "Serving /tmp/site at http://127.0.0.1:1313/")
        #expect(PreviewMessages.watching(method: "inotify")
            == "watching content/, themes/, templates/ and site.yaml (inotify); press Ctrl-C to stop")
    }

    @Test func theFirstBuild() {
        let good = PreviewBuild(result: BuildResult(files: Self.files, diagnostics: []), duration: .milliseconds(212.7))
        #expect(PreviewMessages.build(good) == "built 2 files in 212 ms")
        let warned = PreviewBuild(result: BuildResult(files: Self.files, diagnostics: [Self.warning]), duration: .milliseconds(5))
        #expect(PreviewMessages.build(warned) == "built 2 files in 5 ms (1 warning)")
        let failed = PreviewBuild(result: BuildResult(files: [], diagnostics: [Self.error, Self.warning]), duration: .milliseconds(40))
        #expect(PreviewMessages.build(failed)
            == "1 error, 1 warning; the preview shows them until the site builds (checked in 40 ms)")
    }

    @Test func aRebuildSaysWhatChangedAndHowLongTheWriterWaited() {
        let good = PreviewBuild(result: BuildResult(files: Self.files, diagnostics: []), duration: .milliseconds(180),
                                batch: Self.batch, sinceChange: .milliseconds(291))
        #expect(PreviewMessages.build(good)
            == "content/articles/2024/a.md changed: rebuilt 2 files in 180 ms; pages reload 291 ms after the save")
        var batch = Self.batch
        batch.paths += ["content/articles/2024/b.md", "site.yaml"]
        let failed = PreviewBuild(result: BuildResult(files: [], diagnostics: [Self.error, Self.error]), duration: .milliseconds(150),
                                  batch: batch, sinceChange: .milliseconds(262))
        #expect(PreviewMessages.build(failed) == "content/articles/2024/a.md and 2 more changed: 2 errors; "
            + "still serving the last good build (checked in 150 ms); pages reload 262 ms after the save")
    }

    @Test func onlyLoopbackIsPrivate() {
        #expect(PreviewMessages.exposed(host: "127.0.0.1") == nil)
        #expect(PreviewMessages.exposed(host: "::1") == nil)
        #expect(PreviewMessages.exposed(host: "127.0.0.2") == nil)
        #expect(PreviewMessages.exposed(host: "LOCALHOST") == nil)
        #expect(PreviewMessages.exposed(host: "192.168.1.5") != nil)
        #expect(PreviewMessages.exposed(host: "0.0.0.0")
            == "warning: serving to the network on 0.0.0.0: anyone who can reach this machine sees the preview, drafts included")
    }

    @Test func aChangedFileNameCannotRepaintTheTerminal() {
        #expect(PreviewMessages.changed(["content/articles/\u{1B}[2Jx.md"]) == #"content/articles/\u{1B}[2Jx.md changed"#)
        #expect(PreviewMessages.changed(["a.md", "b.md", "c.md"]) == "a.md and 2 more changed")
    }
}
