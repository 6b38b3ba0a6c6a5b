import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Builds killed at random instants: full ones, incremental ones, and one of two running at once.
///
/// After every kill, `public/` must be exactly the previous site or exactly the new one:
/// every file byte for byte, and nothing else in it.
@Suite("Builds killed at random", .serialized)
struct KillCampaignTests {
    static let article = "content/articles/2024/lam-ha-2024.md"
    static let kills = 50

    /// The article with one of two titles (a full build) and one of two bodies (an incremental one).
    struct Version: Hashable {
        var title: Int
        var body: Int

        func text(from original: String) -> String {
            var text = original
            if title == 1 { text = text.replacingOccurrences(of: "title: Lâm Hà phát huy phong trào năm 2024", with: "title: Lâm Hà phát huy phong trào năm 2024 (bản sửa)") }
            if body == 1 { text += "\nMột đoạn thêm vào bài.\n" }
            return text
        }
    }

    /// Every entry of a folder: a file is its bytes, a folder is `/`, anything else is `?`.
    static func tree(_ folder: URL) -> [String: Data] {
        var entries: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            var info = stat()
            let full = folder.path + "/" + path
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: entries[path] = FileManager.default.contents(atPath: full) ?? Data()
            case S_IFDIR: entries[path] = Data("/".utf8)
            default: entries[path] = Data("?".utf8)
            }
        }
        return entries
    }

    private func start(_ site: URL) throws -> Process {
        let process = Process()
        process.executableURL = try #require(BantinProcess.executable)
        process.arguments = ["build", site.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(.timeLimit(.minutes(10)))
    func everyKillLeavesTheOldSiteOrTheNewOne() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let original = try String(contentsOf: site.url.appendingPathComponent(Self.article), encoding: .utf8)
        let public_ = site.url.appendingPathComponent("public")
        func write(_ version: Version) throws {
            try Data(version.text(from: original).utf8).write(to: site.url.appendingPathComponent(Self.article))
        }
        // The site each version makes, built without interruption; and how long a build takes.
        var trees: [Version: [String: Data]] = [:]
        var shortest = Double.infinity
        for version in [Version(title: 0, body: 1), Version(title: 1, body: 0), Version(title: 0, body: 0)] {
            try write(version)
            let started = Date()
            let output = try BantinProcess.run(["build", site.url.path])
            shortest = min(shortest, Date().timeIntervalSince(started))
            #expect(output.status == 0, "\(output.stderr)")
            trees[version] = Self.tree(public_)
        }
        #expect(Set(trees.values).count == 3)
        #expect(trees.values.allSatisfy { $0[".bantin-output"] != nil && $0["index.html"] != nil })

        var current = Version(title: 0, body: 0)
        var written = current
        var random = SystemRandomNumberGenerator()
        var interrupted = 0
        // Kills until fifty have come while a build was running; the delay adapts to how fast builds run.
        var bound = shortest
        var round = 0
        while interrupted < Self.kills, round < Self.kills * 4 {
            defer { round += 1 }
            // Full (a title changes), incremental (a body changes), and two builds at once.
            let next = round % 3 == 1
                ? Version(title: 0, body: current.body == 0 && current.title == 0 ? 1 : 0)
                : (current.title == 0 ? Version(title: 1, body: 0) : Version(title: 0, body: 0))
            try write(next)
            written = next
            let processes = try (0..<(round % 3 == 2 ? 2 : 1)).map { _ in try start(site.url) }
            usleep(UInt32.random(in: 0...UInt32(bound * 1_000_000), using: &random))
            let victim = processes[Int.random(in: 0..<processes.count, using: &random)]
            kill(victim.processIdentifier, SIGKILL)
            for process in processes { process.waitUntilExit() }
            if victim.terminationReason == .uncaughtSignal {
                interrupted += 1
                bound *= 1.1
            } else {
                bound *= 0.8
            }
            for process in processes where process !== victim {
                #expect(process.terminationStatus == 0, "round \(round): the build beside the killed one failed")
            }
            let after = Self.tree(public_)
            let survivorFinished = processes.contains { $0 !== victim && $0.terminationStatus == 0 }
            if after == trees[next] {
                current = next
            } else {
                #expect(after == trees[current] && !survivorFinished,
                        "round \(round): public/ is neither the old site nor the new one: \(Set(after.keys).symmetricDifference(trees[current]!.keys).sorted())")
                if after != trees[current] { return }
            }
        }
        #expect(interrupted == Self.kills, "only \(interrupted) kills of \(round) came while a build was running")

        // The next build cleans up after all of them.
        let last = try BantinProcess.run(["build", site.url.path])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(Self.tree(public_) == trees[written])
        #expect(site.listing().filter { !$0.contains("/") } == [".bantin-cache", "content", "public", "site.yaml"])
    }
}
