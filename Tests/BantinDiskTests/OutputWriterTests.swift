import BantinCore
import Foundation
import Synchronization
import Testing
@testable import BantinDisk
#if canImport(Glibc)
import Glibc
#endif

@Suite("OutputWriter")
struct OutputWriterTests {
    let files = [
        OutputFile(path: "index.html", text: "<h1>Trang chủ</h1>\n"),
        OutputFile(path: "bai-viet/lam-ha/index.html", text: "<h1>Lâm Hà</h1>\n"),
        OutputFile(path: "css/style.css", text: "body {}\n"),
    ]

    @Test func writesANewOutputFolderAndTheFoldersAboveIt() throws {
        let temp = try TemporaryFolder()
        try OutputWriter(output: temp.url.appendingPathComponent("site/public")).replace(with: files)
        #expect(temp.contents("site/public") == [
            ".bantin-output": Data(OutputMarker.text.utf8),
            "index.html": Data("<h1>Trang chủ</h1>\n".utf8),
            "bai-viet/lam-ha/index.html": Data("<h1>Lâm Hà</h1>\n".utf8),
            "css/style.css": Data("body {}\n".utf8),
        ])
        #expect(temp.listing("site") == ["public", "public/.bantin-output", "public/bai-viet", "public/bai-viet/lam-ha", "public/bai-viet/lam-ha/index.html",
                                         "public/css", "public/css/style.css", "public/index.html"])
    }

    @Test func replacesTheWholeFolderSoNothingOldIsLeft() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/index.html", "cũ")
        try temp.write("public/bai-viet/da-xoa/index.html", "bài đã xoá")
        try temp.write("public/.htaccess", "cũ")
        try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: files)
        #expect(temp.contents("public").keys.sorted() == [".bantin-output", "bai-viet/lam-ha/index.html", "css/style.css", "index.html"])
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// Numbers no process has (above the kernel's largest), for the leftovers of dead builds.
    static let dead: Int32 = 4_194_400

    @Test func leftoversOfAKilledBuildAreRemovedOnceTheOutputIsComplete() throws {
        let temp = try TemporaryFolder()
        try temp.write(".public.bantin-new-\(Self.dead)/index.html", "nửa chừng")
        try temp.write(".public.bantin-old-\(Self.dead + 1)/index.html", "cũ")
        try temp.write(".other/keep.txt", "giữ")
        try temp.write(".publicity.bantin-new-\(Self.dead)/x", "của thư mục khác")
        try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: files)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [
            ".other", ".other/keep.txt", ".publicity.bantin-new-\(Self.dead)", ".publicity.bantin-new-\(Self.dead)/x",
        ])
    }

    /// A live build's staging folder and its lock stay; so does everything when no complete output exists.
    @Test func recoverRemovesOnlyWhatDeadBuildsLeftBesideACompleteOutput() throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        try temp.write(".public.bantin-new-\(Self.dead)/index.html", "nửa chừng")
        try temp.write(".public.bantin-new-\(getppid())/index.html", "đang viết")
        try temp.write(".public.bantin-lock", "")
        try temp.write("public/index.html", "không có dấu")
        #expect(writer.recover() == [])
        #expect(temp.listing().count == 7)
        try temp.write("public/.bantin-output", OutputMarker.text)
        #expect(writer.recover() == [])
        #expect(temp.listing() == [".public.bantin-lock", ".public.bantin-new-\(getppid())", ".public.bantin-new-\(getppid())/index.html",
                                   "public", "public/.bantin-output", "public/index.html"])
    }

    /// Killed between the two renames: no output, the previous one and the new one beside it.
    @Test func recoverPutsBackThePreviousOutputWhenNoneIsInPlace() throws {
        let temp = try TemporaryFolder()
        try temp.write(".public.bantin-old-\(Self.dead)/index.html", "cũ")
        try temp.write(".public.bantin-old-\(Self.dead)/.bantin-output", OutputMarker.text)
        try temp.write(".public.bantin-new-\(Self.dead)/index.html", "mới")
        try temp.write(".public.bantin-new-\(Self.dead)/.bantin-output", OutputMarker.text)
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        #expect(writer.recover() == [
            "put back \(temp.url.path)/public from \(temp.url.path)/.public.bantin-old-\(Self.dead), left by a build that was stopped",
        ])
        #expect(temp.listing() == ["public", "public/.bantin-output", "public/index.html"])
        #expect(temp.contents("public")["index.html"] == Data("cũ".utf8))
    }

    /// A staging folder without its marker was never finished: it is not put in place, nor removed.
    @Test func recoverKeepsAnUnfinishedStagingFolderWhenThereIsNoOutput() throws {
        let temp = try TemporaryFolder()
        try temp.write(".public.bantin-new-\(Self.dead)/index.html", "nửa chừng")
        #expect(OutputWriter(output: temp.url.appendingPathComponent("public")).recover() == [])
        #expect(temp.listing() == [".public.bantin-new-\(Self.dead)", ".public.bantin-new-\(Self.dead)/index.html"])
    }

    @Test func aWriteThatFailsLeavesThePreviousOutputAsItWas() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/index.html", "cũ")
        try temp.write("public/css/style.css", "cũ")
        let before = temp.contents("public")
        // "a" is both a file and the folder of "a/b": the second write cannot succeed.
        let clashing = [OutputFile(path: "a", text: "x"), OutputFile(path: "a/b", text: "y")]
        #expect(throws: (any Error).self) {
            try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: clashing)
        }
        #expect(temp.contents("public") == before)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    @Test func anEmptySiteGivesAFolderWithOnlyTheMarker() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/index.html", "cũ")
        try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: [])
        #expect(temp.listing() == ["public", "public/.bantin-output"])
        #expect(temp.contents("public") == [".bantin-output": Data(OutputMarker.text.utf8)])
    }

    // MARK: - Failures of the swap, injected

    private func calls(exchange: Int32, renames: [Int32]) -> OutputCalls {
        let results = Results(renames)
        return OutputCalls(exchange: { _, _ in exchange }, rename: { from, to in
            let failure = results.next()
            return failure == 0 ? OutputCalls.system.rename(from, to) : failure
        })
    }

    /// Where the file system cannot exchange two folders, two renames do it.
    @Test func withoutAnExchangeTwoRenamesPutTheOutputInPlace() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/cu.html", "cũ")
        var writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        writer.calls = calls(exchange: EINVAL, renames: [])
        try writer.replace(with: files)
        #expect(temp.contents("public").keys.sorted() == [".bantin-output", "bai-viet/lam-ha/index.html", "css/style.css", "index.html"])
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// The second rename fails: the first is undone, and the staging folder goes.
    @Test func aFailedRenameIsUndone() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/index.html", "cũ")
        let before = temp.contents("public")
        var writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        writer.calls = calls(exchange: ENOSYS, renames: [0, EIO])
        #expect { try writer.replace(with: files) } throws: { "\($0)" == "\(temp.url.path)/public: Input/output error" }
        #expect(temp.contents("public") == before)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// Nor can it be undone: the error says where the previous output is, and the next build puts it back.
    @Test func aRenameThatCannotBeUndoneKeepsThePreviousOutputForTheNextBuild() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/index.html", "cũ")
        let before = temp.contents("public")
        var writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        writer.calls = calls(exchange: ENOSYS, renames: [0, EIO, EINTR])
        let retired = "\(temp.url.path)/.public.bantin-old-\(getpid())"
        #expect { try writer.replace(with: files) } throws: {
            "\($0)" == "\(temp.url.path)/public: Input/output error; the previous output is kept at \(retired) (Interrupted system call while putting it back)"
        }
        #expect(!FileManager.default.fileExists(atPath: temp.url.appendingPathComponent("public").path))
        // The next build is another process: this one's leftovers are then a dead build's.
        writer.calls = .system
        #expect(Self.recoverAsAnotherProcess(writer).first?.hasPrefix("put back \(temp.url.path)/public from \(temp.url.path)/.public.bantin-") == true)
        #expect(temp.contents("public") == before)
    }

    /// Any other failure of the exchange (EXDEV, EBUSY) is an error: the output stays, the staging folder goes.
    @Test(arguments: [EXDEV, EBUSY, EACCES])
    func anExchangeThatFailsOtherwiseLeavesTheOutput(_ code: Int32) throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/index.html", "cũ")
        let before = temp.contents("public")
        var writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        writer.calls = calls(exchange: code, renames: [])
        #expect { try writer.replace(with: files) } throws: { "\($0)" == "\(temp.url.path)/public: \(String(cString: strerror(code)))" }
        #expect(temp.contents("public") == before)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// The staging folder of this process, renamed as if a dead build had left it, then recovered.
    static func recoverAsAnotherProcess(_ writer: OutputWriter) -> [String] {
        let folder = writer.output.deletingLastPathComponent().path
        let own = "\(getpid())"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix("-" + own) {
            rename(folder + "/" + name, folder + "/" + name.dropLast(own.count) + "\(dead)")
        }
        return writer.recover()
    }

    /// Sets or clears the immutable attribute (root, on ext4): a file that nobody can remove.
    static func immutable(_ path: String, _ on: Bool) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [on ? "+i" : "-i", path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let canMakeImmutable: Bool = {
        guard let temp = try? TemporaryFolder(), (try? temp.write("x", "")) != nil else { return false }
        let path = temp.url.path + "/x"
        defer { _ = immutable(path, false) }
        return immutable(path, true)
    }()

    /// A previous output that cannot be removed is reported, not left silently; once it can be, it goes.
    @Test(.enabled(if: canMakeImmutable, "needs chattr +i (root on ext4)"))
    func aPreviousOutputThatCannotBeRemovedIsReportedAndRemovedLater() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/khoa.txt", "không xoá được")
        let locked = temp.url.path + "/public/khoa.txt"
        #expect(Self.immutable(locked, true))
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        let left = "\(temp.url.path)/.public.bantin-new-\(getpid())"
        #expect(try writer.replace(with: files) == ["could not remove \(left), which a build left: remove it by hand"])
        #expect(temp.contents("public").keys.sorted() == [".bantin-output", "bai-viet/lam-ha/index.html", "css/style.css", "index.html"])
        #expect(Self.immutable(left + "/khoa.txt", false))
        #expect(Self.recoverAsAnotherProcess(writer) == [])
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    // MARK: - Incremental builds

    /// The unchanged files are linked, so the output itself is never written into before the swap.
    @Test func anIncrementalStagingLinksTheKeptFilesAndLeavesTheOutputUntilTheSwap() throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        try writer.replace(with: files)
        #expect(writer.files() == ["bai-viet/lam-ha/index.html", "css/style.css", "index.html"])
        var info = stat()
        #expect(stat(temp.url.path + "/public/index.html", &info) == 0)
        let staging = try writer.stage(keeping: ["css/style.css", "index.html"])
        try staging.write([OutputFile(path: "bai-viet/lam-ha/index.html", text: "<h1>Lâm Hà mới</h1>\n")])
        #expect(temp.contents("public")["bai-viet/lam-ha/index.html"] == Data("<h1>Lâm Hà</h1>\n".utf8))
        try writer.commit(staging)
        #expect(temp.contents("public")["bai-viet/lam-ha/index.html"] == Data("<h1>Lâm Hà mới</h1>\n".utf8))
        var after = stat()
        #expect(stat(temp.url.path + "/public/index.html", &after) == 0)
        #expect(after.st_ino == info.st_ino)
        #expect(after.st_nlink == 1)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// Changes within one folder exchange that folder alone; the rest of the output is not touched.
    @Test func anIncrementalChangeInOneFolderExchangesThatFolderAlone() throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        try writer.replace(with: files + [OutputFile(path: "bai-viet/lam-ha/anh-cu.jpg", text: "ảnh cũ"),
                                          OutputFile(path: "bai-viet/lam-ha/ban-do.svg", text: "<svg/>")])
        var marker = stat(), map = stat()
        #expect(stat(temp.url.path + "/public/.bantin-output", &marker) == 0)
        #expect(stat(temp.url.path + "/public/bai-viet/lam-ha/ban-do.svg", &map) == 0)
        let notes = try writer.replace(folder: "bai-viet/lam-ha/", keeping: ["ban-do.svg"],
                                       with: [OutputFile(path: "index.html", text: "<h1>Lâm Hà mới</h1>\n")])
        #expect(notes == [])
        #expect(temp.contents("public") == [
            ".bantin-output": Data(OutputMarker.text.utf8), "index.html": Data("<h1>Trang chủ</h1>\n".utf8),
            "css/style.css": Data("body {}\n".utf8), "bai-viet/lam-ha/index.html": Data("<h1>Lâm Hà mới</h1>\n".utf8),
            "bai-viet/lam-ha/ban-do.svg": Data("<svg/>".utf8),
        ])
        var markerAfter = stat(), mapAfter = stat()
        #expect(stat(temp.url.path + "/public/.bantin-output", &markerAfter) == 0)
        #expect(stat(temp.url.path + "/public/bai-viet/lam-ha/ban-do.svg", &mapAfter) == 0)
        #expect(markerAfter.st_ino == marker.st_ino && mapAfter.st_ino == map.st_ino && mapAfter.st_nlink == 1)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// Where no exchange is possible, or the folder is not there, nothing changes and the caller stages the whole output.
    @Test func aFolderIsNotReplacedWithoutAnExchange() throws {
        let temp = try TemporaryFolder()
        var writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        try writer.replace(with: files)
        let before = temp.contents("public")
        writer.calls = calls(exchange: EINVAL, renames: [])
        #expect(try writer.replace(folder: "bai-viet/lam-ha/", keeping: [], with: [OutputFile(path: "index.html", text: "mới")]) == nil)
        #expect(try writer.replace(folder: "khong-co/", keeping: [], with: [OutputFile(path: "index.html", text: "mới")]) == nil)
        #expect(try writer.replace(folder: "", keeping: [], with: [OutputFile(path: "index.html", text: "mới")]) == nil)
        #expect(temp.contents("public") == before)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    @Test func theFileListOfAnOutputWithALinkIsNone() throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        try writer.replace(with: files)
        try FileManager.default.createSymbolicLink(atPath: temp.url.path + "/public/css/link", withDestinationPath: "/etc/passwd")
        #expect(writer.files() == nil)
    }

    // MARK: - Mount points

    /// A mount point is never renamed: the same folder gets the new entries, nothing is left inside it.
    @Test func aMountPointKeepsItsFolderAndGetsNewContents() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/cu/index.html", "cũ")
        var before = stat()
        #expect(stat(temp.url.path + "/public", &before) == 0)
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"), isMountPoint: true)
        try writer.replace(with: files)
        var after = stat()
        #expect(stat(temp.url.path + "/public", &after) == 0)
        #expect(after.st_ino == before.st_ino)
        #expect(temp.contents("public").keys.sorted() == [".bantin-output", "bai-viet/lam-ha/index.html", "css/style.css", "index.html"])
        #expect(temp.listing("public").filter { $0.hasPrefix(".bantin-build-") } == [])
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    /// Cut short after moving part of the entries, the swap is finished by the next build;
    /// cut before the first move (the marker's), the previous output stays.
    @Test(arguments: [1, 2, 3, 5, 7])
    func aMountPointSwapCutShortIsFinishedNextTime(_ failingMove: Int) throws {
        let temp = try TemporaryFolder()
        try temp.write("public/.bantin-output", OutputMarker.text)
        try temp.write("public/cu/index.html", "cũ")
        try temp.write("public/index.html", "cũ")
        var writer = OutputWriter(output: temp.url.appendingPathComponent("public"), isMountPoint: true)
        writer.calls = calls(exchange: 0, renames: Array(repeating: 0, count: failingMove - 1) + [EIO])
        #expect(throws: (any Error).self) { try writer.replace(with: files) }
        writer.calls = .system
        let folder = temp.url.path + "/public"
        let own = "\(getpid())"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix("-" + own) {
            rename(folder + "/" + name, folder + "/" + name.dropLast(own.count) + "\(Self.dead)")
        }
        _ = writer.recover()
        let marker = Data(OutputMarker.text.utf8)
        #expect(temp.contents("public") == (failingMove == 1 ? [
            ".bantin-output": marker, "index.html": Data("cũ".utf8), "cu/index.html": Data("cũ".utf8),
        ] : [
            ".bantin-output": marker, "index.html": Data("<h1>Trang chủ</h1>\n".utf8),
            "bai-viet/lam-ha/index.html": Data("<h1>Lâm Hà</h1>\n".utf8), "css/style.css": Data("body {}\n".utf8),
        ]))
        #expect(temp.listing("public").filter { $0.hasPrefix(".bantin-build-") } == [])
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    // MARK: - The lock

    @Test func aSecondLockWaitsForTheFirst() async throws {
        let temp = try TemporaryFolder()
        let writer = OutputWriter(output: temp.url.appendingPathComponent("public"))
        let first = try writer.lock()
        #expect(temp.listing() == [".public.bantin-lock"])
        let waited = Results([])
        let second = Task.detached { () throws -> Bool in
            let lock = try writer.lock { waited.record() }
            lock.release()
            return true
        }
        while waited.count == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
        first.release()
        #expect(try await second.value)
        #expect(waited.count == 1)
        #expect(temp.listing() == [])
    }
}

/// Failures handed out in turn, then success; and a counter.
final class Results: Sendable {
    private let queue: Mutex<[Int32]>
    private let recorded = Mutex(0)

    init(_ queue: [Int32]) { self.queue = Mutex(queue) }

    func next() -> Int32 {
        queue.withLock { $0.isEmpty ? 0 : $0.removeFirst() }
    }

    func record() { recorded.withLock { $0 += 1 } }
    var count: Int { recorded.withLock { $0 } }
}
