import Testing
@testable import BantinCore

@Suite("BuildProgress")
struct BuildProgressTests {
    @Test func aLineNamesTheStageAndItsCountInVietnameseNotation() {
        #expect(BuildProgress.line(stage: "article pages", done: 4210, total: 10000) == "đang dựng trang bài viết 4.210/10.000")
        #expect(BuildProgress.line(stage: "reading articles", done: 1024, total: 100_000) == "đang đọc bài viết 1.024/100.000")
        #expect(BuildProgress.line(stage: "locality pages", done: nil, total: nil) == "đang dựng trang địa phương")
        // A count past the total (the last run of a slice) is shown as the total.
        #expect(BuildProgress.line(stage: "tag pages", done: 12, total: 10) == "đang dựng trang chủ đề 10/10")
        #expect(BuildProgress.line(stage: "done", done: nil, total: nil) == nil)
    }

    @Test func notATerminalShowsNothingAtAll() {
        var progress = BuildProgress(isShown: false, startedAt: 0)
        #expect(progress.begin("article pages", at: 5) == "")
        #expect(progress.advance(10, of: 100, at: 6) == "")
        #expect(progress.advance(100, of: 100, at: 7) == "")
        #expect(progress.finish() == "")
    }

    @Test func theFirstSecondIsSilentThenTheLineIsRewrittenInPlaceAndErased() {
        var progress = BuildProgress(isShown: true, startedAt: 100)
        #expect(progress.begin("reading articles", at: 100.2) == "")
        #expect(progress.advance(1024, of: 10000, at: 100.9) == "")
        // Nothing was shown: nothing to erase.
        #expect(progress.finish() == "")
        #expect(progress.advance(2048, of: 10000, at: 101.0) == "\r\u{1B}[Kđang đọc bài viết 2.048/10.000")
        // Not again within a tenth of a second, except for the last item of the stage.
        #expect(progress.advance(3072, of: 10000, at: 101.05) == "")
        #expect(progress.advance(10000, of: 10000, at: 101.06) == "\r\u{1B}[Kđang đọc bài viết 10.000/10.000")
        #expect(progress.begin("article pages", at: 101.07) == "\r\u{1B}[Kđang dựng trang bài viết")
        #expect(progress.advance(16, of: 10000, at: 101.3) == "\r\u{1B}[Kđang dựng trang bài viết 16/10.000")
        #expect(progress.finish() == "\r\u{1B}[K")
        #expect(progress.finish() == "")
    }
}
