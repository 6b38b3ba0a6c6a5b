import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `bantin` as a user runs it, where the machine differs or the build is killed.
///
/// Output must not depend on the time zone or the locale, and a build killed while it writes
/// must leave the previous output exactly as it was, with nothing left behind once a build succeeds.
@Suite("bantin under hostile conditions", .serialized)
struct HardeningTests {
    /// Runs `bantin` with `environment` laid over the test's own; output goes to pipes read before waiting.
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BantinProcess.Output {
        let process = Process()
        process.executableURL = try #require(BantinProcess.executable, "no bantin executable next to the tests; build with --build-tests")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BantinProcess.Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                    stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Every regular file under `folder`: relative path → bytes.
    private func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        for path in (try? manager.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            let full = folder.appendingPathComponent(path).path
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = manager.contents(atPath: full)
            }
        }
        return files
    }

    private func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// A copy of the repository's example bulletin, so that building it writes nothing into the repository.
    private func exampleSite(in folder: URL) throws -> URL {
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["site.yaml", "content", "themes"] {
            try FileManager.default.copyItem(at: BantinProcess.repositoryRoot.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        return site
    }

    // MARK: Determinism

    @Test func theOutputIsTheSameInEveryTimeZoneAndLocale() throws {
        let temp = try TemporarySite()
        let site = try exampleSite(in: temp.url)
        let machines: [(name: String, environment: [String: String])] = [
            ("utc", ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"]),
            ("hanoi", ["TZ": "Asia/Ho_Chi_Minh", "LANG": "vi_VN.UTF-8", "LC_ALL": "vi_VN.UTF-8"]),
            ("la", ["TZ": "America/Los_Angeles", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"]),
        ]
        // glibc falls back to C, without a word, for a locale that is not installed: then only the
        // time zone would vary. Each locale must be in effect in a process started as bantin is.
        for machine in machines {
            let radix = try decimalPoint(environment: machine.environment)
            #expect(radix.stderr == "", "\(machine.name): \(radix.stderr); run scripts/install-deps.sh")
            try #require(radix.point == (machine.name == "utc" ? "." : ","),
                         "\(machine.environment["LC_ALL"] ?? "") is not in effect; run scripts/install-deps.sh")
        }
        var trees: [String: [String: Data]] = [:]
        for machine in machines {
            let output = temp.url.appendingPathComponent("out-\(machine.name)")
            let result = try run(["build", site.path, "--output", output.path], environment: machine.environment)
            #expect(result.status == 0, "\(machine.name): \(result.stderr)")
            trees[machine.name] = tree(output)
        }
        let reference = try #require(trees["utc"])
        #expect(reference.count > 50)
        #expect(reference["index.html"] != nil)
        for machine in machines.dropFirst() {
            let other = try #require(trees[machine.name])
            #expect(other.keys.sorted() == reference.keys.sorted(), "\(machine.name) made other files")
            for (path, bytes) in reference where other[path] != bytes {
                Issue.record("\(path) differs between UTC/C and \(machine.name)")
            }
        }
    }

    /// The decimal point of the locale `environment` selects, as `locale` reports it in a child
    /// process: "," for vi_VN and tr_TR, "." for C and for any locale glibc could not load.
    private func decimalPoint(environment: [String: String]) throws -> (point: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/locale")
        process.arguments = ["-k", "decimal_point"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The line is decimal_point=",".
        let point = stdout.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
        return (point, stderr)
    }

    // MARK: Atomicity

    /// A site big enough that writing its output takes a while: `count` articles over twenty communes.
    private func writeGeneratedSite(at site: URL, articles count: Int) throws {
        func write(_ path: String, _ text: String) throws {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("site.yaml", "title: Bản tin lớn\nlanguage: vi\ntheme: default\n")
        let communes = (0..<20).map { "        - {name: Xã Số \($0), kind: xã}" }.joined(separator: "\n")
        try write("content/localities.yaml", "- name: Lâm Đồng\n  kind: tỉnh\n  children:\n    - name: Lâm Hà\n      kind: huyện\n      children:\n\(communes)\n")
        try write("content/schema.yaml", "metrics:\n  sessions: {label: Buổi tuyên truyền, unit: buổi, kind: count}\n")
        let paragraph = String(repeating: "Công an huyện Lâm Hà phối hợp tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc. ", count: 4)
        for index in 0..<count {
            let facts = "```facts\nperiod: \(1900 + index / 20)\nvalues:\n  sessions: \(index)\n```\n"
            try write("content/articles/\(index / 500)/bai-\(index).md", """
                ---
                title: Bài số \(index)
                date: 2024-\(String(format: "%02d", 1 + index % 12))-\(String(format: "%02d", 1 + index % 28))
                locality: lam-dong/lam-ha/xa-so-\(index % 20)
                tags: [chủ đề \(index % 30)]
                ---

                \(paragraph)

                \(paragraph)

                \(facts)
                """)
        }
    }

    @Test func aBuildKilledWhileWritingLeavesThePreviousOutputAndTheNextBuildCleansUp() throws {
        let temp = try TemporarySite()
        let site = temp.url.appendingPathComponent("site")
        let output = site.appendingPathComponent("public")
        try writeGeneratedSite(at: site, articles: 100)
        let first = try run(["build", site.path])
        #expect(first.status == 0, "\(first.stderr)")
        let before = tree(output)
        #expect(before["bai-viet/bai-so-99/index.html"] != nil)

        // Fourteen times as many articles: a full build that writes for a while.
        try writeGeneratedSite(at: site, articles: 1400)
        let process = Process()
        process.executableURL = try #require(BantinProcess.executable)
        process.arguments = ["build", site.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = site.appendingPathComponent(".public.bantin-new-\(process.processIdentifier)")
        // The staging folder is made first; once the article pages' folder is in it, pages are being written.
        let writing = staging.appendingPathComponent("bai-viet")
        let deadline = Date().addingTimeInterval(120)
        var killed = false
        while process.isRunning, Date() < deadline {
            if FileManager.default.fileExists(atPath: writing.path) {
                kill(process.processIdentifier, SIGKILL)
                killed = true
                break
            }
            usleep(1000)
        }
        process.waitUntilExit()
        #expect(killed, "the build ended before its pages were seen being written")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)
        // The killed build left its staging folder behind; the output is exactly as it was.
        #expect(entries(site).contains(staging.lastPathComponent))
        let after = tree(output)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after == before)

        let again = try run(["build", site.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(entries(site).filter { $0.hasPrefix(".public.bantin-") } == [])
        let rebuilt = tree(output)
        #expect(rebuilt["bai-viet/bai-so-1399/index.html"] != nil)
        #expect(rebuilt.count > before.count)
        // Nothing was written beside the site folder.
        #expect(entries(temp.url) == ["site"])
        #expect(entries(site) == [".bantin-cache", "content", "public", "site.yaml"])
    }
}
