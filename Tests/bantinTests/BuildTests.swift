import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("bantin build")
struct BuildTests {
    @Test func aValidSiteIsWrittenIntoPublic() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["build", site.url.path])
        #expect(output.status == 0)
        #expect(output.stdout == "")
        let files = site.snapshot("public")
        #expect(files["index.html"] != nil)
        #expect(files.keys.filter { $0.hasPrefix("bai-viet/") }.sorted() == [
            "bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/index.html",
            "bai-viet/lam-ha-tong-ket-10-nam/index.html",
            "bai-viet/thanh-pho-lai-chau-ra-mat-mo-hinh-moi/index.html",
        ])
        let summary = try #require(output.stderr.split(separator: "\n").last.map(String.init))
        #expect(files[".bantin-output"] != nil)
        #expect(summary.hasPrefix("built \(files.count - 1) files into \(site.url.appendingPathComponent("public").path) in "))
        #expect(summary.hasSuffix(" ms"))
        #expect(!output.stderr.contains("\u{1B}["))
    }

    @Test func timingsNameEveryStageWithItsTimeAndMemory() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["build", "--timings", site.url.path])
        #expect(output.status == 0)
        let all = output.stderr.split(separator: "\n").map(String.init)
        let lines = Array(all.prefix { !$0.contains(" files ") }) + [all.last ?? ""]
        #expect(lines.dropLast().map { String($0.dropFirst(35)) } == [
            "reading the national gazetteer", "reading the site's localities and schema", "reading settings, theme and pages", "reading articles",
            "checking the site as a whole", "indexing", "home pages", "article pages", "locality pages",
            "statistics pages", "tag pages", "open data", "search index", "checking links",
            "build cache", "putting the output in place", "writing the build cache",
        ])
        // "   0.01 s    0.02 s cpu     12 MB  reading articles"
        for line in lines.dropLast() {
            #expect(line.range(of: #"^ *[0-9]+\.[0-9]{2} s +[0-9]+\.[0-9]{2} s cpu +[0-9]+ MB  [a-z]"#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(lines.last?.hasPrefix("built ") == true)
        // Then the files and bytes of each part of the output, largest first, and the whole.
        let sizes = all.dropFirst(lines.count - 1).dropLast()
        let files = site.snapshot("public").count
        #expect(sizes.last?.hasPrefix(String(repeating: " ", count: 9 - String(files).count) + "\(files) files ") == true, "\(sizes)")
        #expect(sizes.last?.hasSuffix(" MB  total") == true)
        #expect(sizes.contains { $0.hasSuffix(" MB  bai-viet/ .html") })
        var counted = 0
        for line in sizes.dropLast() {
            #expect(line.range(of: #"^ *[0-9]+ files +[0-9]+\.[0-9] MB  [a-z.-]"#, options: .regularExpression) != nil, "\(line)")
            counted += Int(line.split(separator: " ")[0]) ?? 0
        }
        #expect(counted == files)
    }

    @Test func quietPrintsNothingForAGoodBuild() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let output = try BantinProcess.run(["build", "--quiet", site.url.path])
        #expect(output.status == 0)
        #expect(output.stdout == "")
        #expect(output.stderr == "")
        #expect(site.snapshot("public")["index.html"] != nil)
    }

    @Test func threeErrorsInThreeFilesAreAllPrintedAndPublicIsLeftAsItWas() throws {
        let site = try TemporarySite(fixture: "valid-site")
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        let before = site.snapshot("public")
        #expect(before.count > 10)

        for article in ["content/articles/2023/a.md", "content/articles/2024/b.md", "content/articles/2024/c.md"] {
            try site.copy("invalid/three-errors/\(article)", to: article)
        }
        let expected = try String(contentsOf: BantinProcess.fixtures.appendingPathComponent("invalid/three-errors/expected.txt"), encoding: .utf8)
        let output = try BantinProcess.run(["build", site.url.path])
        #expect(output.status == 1)
        #expect(output.stdout == "")
        #expect(output.stderr == expected + "3 errors; public/ was left as it was\n")
        #expect(site.snapshot("public") == before)
        #expect(!site.listing().contains { $0.hasPrefix(".public") })
    }

    @Test func theExampleSiteBuildsIntoAnotherFolder() throws {
        let temp = try TemporarySite()
        let root = BantinProcess.repositoryRoot
        let output = try BantinProcess.run(["build", root.path, "--output", temp.url.appendingPathComponent("ra").path])
        #expect(output.status == 0, "\(output.stderr)")
        let files = temp.snapshot("ra")
        #expect(files["index.html"] != nil)
        // One page per article: each article names its slug in its front matter.
        let articles = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("content/articles").path)
            .filter { $0.hasSuffix(".md") }
        #expect(!articles.isEmpty)
        var slugs: [String] = []
        for article in articles {
            let text = try String(contentsOf: root.appendingPathComponent("content/articles/\(article)"), encoding: .utf8)
            if text.contains("\ndraft: true") { continue }
            let slug = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("slug: ") }, "\(article) has no slug")
            slugs.append(String(slug.dropFirst("slug: ".count)))
        }
        #expect(files.keys.filter { $0.hasPrefix("bai-viet/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 }.sorted()
            == slugs.map { "bai-viet/\($0)/index.html" }.sorted())
        #expect(temp.listing().allSatisfy { $0 == "ra" || $0.hasPrefix("ra/") })
    }

    @Test func draftsAreBuiltOnlyWhenAskedFor() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let draft = "---\ntitle: Bản nháp\ndate: 2024-05-01\nlocality: lam-dong/lam-ha\ndraft: true\n---\n\nChưa đăng.\n"
        try Data(draft.utf8).write(to: site.url.appendingPathComponent("content/articles/2024/nhap.md"))
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        #expect(site.snapshot("public")["bai-viet/ban-nhap/index.html"] == nil)
        #expect(try BantinProcess.run(["build", site.url.path, "--drafts"]).status == 0)
        #expect(site.snapshot("public")["bai-viet/ban-nhap/index.html"] != nil)
    }

    // MARK: - Outputs Bantin may not replace

    /// Each would have been replaced whole; now nothing in the site changes, not even its dates.
    @Test(arguments: [
        ("content", "it is the site's content/ folder"),
        ("content/static/public", "it lies inside the site's content/ folder"),
        ("", "an empty name stands for the current folder"),
        (".", "it is the site folder"),
        ("..", "it holds the site folder"),
        ("site.yaml", "it is a file, not a folder"),
        ("myfiles", "it holds files that Bantin did not write (it has no .bantin-output)"),
        ("/", "it is the root of the file system"),
    ])
    func anOutputBantinDidNotMakeIsRefusedAndNothingIsTouched(_ output: String, _ reason: String) throws {
        let site = try TemporarySite(fixture: "valid-site")
        try Data("luận văn".utf8).write(to: site.url.appendingPathComponent("thesis.txt"))
        try FileManager.default.createDirectory(at: site.url.appendingPathComponent("myfiles"), withIntermediateDirectories: true)
        try Data("luận văn".utf8).write(to: site.url.appendingPathComponent("myfiles/thesis.txt"))
        let listing = site.listing(), files = site.snapshot("")
        let result = try BantinProcess.run(["build", "--output", output], in: site.url)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: will not build into \(output.isEmpty ? "''" : output): \(reason); choose an empty or new folder for --output (nothing was changed)\n")
        #expect(site.listing() == listing)
        #expect(site.snapshot("") == files)
    }

    /// A symbolic link (a web root elsewhere) stays a link; the folder it leads to gets the site.
    @Test func aLinkedOutputIsFollowedAndStaysALink() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let www = site.url.appendingPathComponent("www/site")
        try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent("public").path, withDestinationPath: "www/site")
        for _ in 0..<2 {
            let result = try BantinProcess.run(["build", site.url.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.url.appendingPathComponent("public").path) == "www/site")
            #expect(site.snapshot("www/site")["index.html"] != nil)
            #expect(site.listing("www") == site.listing("www").filter { $0.hasPrefix("site") })
        }
    }

    /// Runs `bantin` in a mount namespace of its own where `folder` is a bind mount (a container's volume).
    static func runWithMount(_ folder: URL, _ arguments: [String]) throws -> BantinProcess.Output {
        let bantin = try #require(BantinProcess.executable).path
        return try BantinProcess.run(["-m", "sh", "-c", "mount --bind \"$0\" \"$0\" && exec \"$@\"", folder.path, bantin] + arguments,
                                     executable: URL(fileURLWithPath: "/usr/bin/unshare"))
    }

    static let canMount: Bool = {
        guard let temp = try? TemporarySite(),
              let result = try? BantinProcess.run(["-m", "sh", "-c", "mount --bind \"$0\" \"$0\" && grep -q \" $0 \" /proc/self/mountinfo", temp.url.path],
                                                  executable: URL(fileURLWithPath: "/usr/bin/unshare"))
        else { return false }
        return result.status == 0
    }()

    /// A mount point cannot be renamed: its contents are replaced, full builds and incremental ones alike.
    @Test(.enabled(if: canMount, "needs unshare and mount (root)"))
    func aMountPointIsBuiltIntoByReplacingItsContents() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let volume = site.url.appendingPathComponent("volume")
        try FileManager.default.createDirectory(at: volume, withIntermediateDirectories: true)
        let first = try Self.runWithMount(volume, ["build", site.url.path, "--output", volume.path])
        #expect(first.status == 0, "\(first.stderr)")
        let built = site.snapshot("volume")
        #expect(built["index.html"] != nil && built[".bantin-output"] != nil)
        try edit(site, adding: "Một đoạn thêm vào bài.")
        let second = try Self.runWithMount(volume, ["build", site.url.path, "--output", volume.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.hasPrefix("rebuilt 1 changed article (7 files) into \(volume.path) in "))
        let full = try BantinProcess.run(["build", site.url.path, "--full", "--output", site.url.appendingPathComponent("full").path])
        #expect(full.status == 0)
        #expect(site.snapshot("volume").mapValues(\.contents) == site.snapshot("full").mapValues(\.contents))
        #expect(site.listing().filter { !$0.contains("/") } == [".bantin-cache", "content", "full", "site.yaml", "volume"])
    }

    // MARK: - Incremental builds

    static let article = "content/articles/2024/lam-ha-2024.md"

    private func edit(_ site: TemporarySite, adding line: String) throws {
        let url = site.url.appendingPathComponent(Self.article)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data((text + "\n\(line)\n").utf8).write(to: url)
    }

    /// The edited article's page alone is written; the output is then what a full build makes.
    @Test func anEditedArticleIsRebuiltAloneAndTheOutputIsWhatAFullBuildMakes() throws {
        let site = try TemporarySite(fixture: "valid-site")
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        let before = site.snapshot("public")
        try edit(site, adding: "Một đoạn thêm vào bài.")
        let result = try BantinProcess.run(["build", site.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(result.stderr.split(separator: "\n").last.map(String.init))
        // The page, the CSV and embed page of each of its two charts, and the three search files that hold its new words.
        #expect(summary.hasPrefix("rebuilt 1 changed article (7 files) into \(site.url.path)/public in "), "\(result.stderr)")
        let after = site.snapshot("public")
        let page = "bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/index.html"
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.filter { $0.value != before[$0.key] }.keys.sorted() == [
            ".bantin-output", page,
            "nhung/bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/co-cau-festival-sites-lam-dong-lam-ha-2024/du-lieu.csv",
            "nhung/bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/co-cau-festival-sites-lam-dong-lam-ha-2024/index.html",
            "nhung/bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/ty-le-cases-solved-lam-dong-lam-ha-2024/du-lieu.csv",
            "nhung/bai-viet/lam-ha-phat-huy-phong-trao-nam-2024/ty-le-cases-solved-lam-dong-lam-ha-2024/index.html",
            "tim-kiem/d/0.js", "tim-kiem/t/0.js",
        ])
        #expect(String(decoding: after[page]!.contents, as: UTF8.self).contains("Một đoạn thêm vào bài."))
        #expect(!site.listing().contains { $0.hasPrefix(".public") })

        let full = try BantinProcess.run(["build", site.url.path, "--full", "--output", site.url.appendingPathComponent("full").path])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(site.snapshot("full").mapValues(\.contents) == after.mapValues(\.contents))
    }

    /// Pages deleted from the output come back: an output that is not as recorded is built in full.
    @Test func aDamagedOutputIsBuiltAgainInFull() throws {
        let site = try TemporarySite(fixture: "valid-site")
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        let before = site.snapshot("public")
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("public/index.html"))
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("public/dia-phuong"))
        try edit(site, adding: "Một đoạn thêm vào bài.")
        let result = try BantinProcess.run(["build", site.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(site.url.path)/public is not as the last build left it: building it in full")
        #expect(lines.last?.hasPrefix("built \(before.count - 1) files into ") == true)
        #expect(site.snapshot("public").keys.sorted() == before.keys.sorted())
    }

    /// Sets or clears the immutable attribute (root, on ext4): a folder nobody can write into.
    @discardableResult
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
        guard let temp = try? TemporarySite() else { return false }
        defer { immutable(temp.url.path, false) }
        return immutable(temp.url.path, true)
    }()

    /// An output beside which nothing can be written: the error names the path and the reason, nothing is left.
    @Test(.enabled(if: canMakeImmutable, "needs chattr +i (root on ext4)"))
    func anOutputThatCannotBeWrittenIsAnErrorThatNamesIt() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let holder = site.url.appendingPathComponent("khoa")
        try FileManager.default.createDirectory(at: holder, withIntermediateDirectories: true)
        #expect(Self.immutable(holder.path, true))
        defer { Self.immutable(holder.path, false) }
        let result = try BantinProcess.run(["build", site.url.path, "--output", holder.path + "/public"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: could not lock the output \(holder.path)/public: \(holder.path)/.public.bantin-lock: Operation not permitted\n")
        #expect(site.listing("khoa") == [])
    }

    // MARK: - One build at a time

    /// A build waits, saying so, while another holds the output's lock; then builds.
    @Test(.timeLimit(.minutes(2)))
    func aSecondBuildWaitsForTheFirst() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let lockPath = site.url.appendingPathComponent(".public.bantin-lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = try #require(BantinProcess.executable)
        process.arguments = ["build", site.url.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The first thing a waiting build prints is that it waits.
        let first = String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        #expect(first == "waiting for another build into \(site.url.path)/public to finish\n")
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path))
        close(descriptor)
        let rest = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(rest.hasPrefix("built "))
        #expect(site.snapshot("public")["index.html"] != nil)
        #expect(!FileManager.default.fileExists(atPath: lockPath))
    }

    @Test func warningsAreCountedAndFailTheBuildOnlyWithStrictLeavingPublicAsItWas() throws {
        let site = try TemporarySite(fixture: "valid-site")
        #expect(try BantinProcess.run(["build", site.url.path]).status == 0)
        let article = site.url.appendingPathComponent("content/articles/2023/lam-ha-tong-ket.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data((text + "\n| Chỉ tiêu | Số |\n").utf8).write(to: article)
        let before = site.snapshot("public")

        let strict = try BantinProcess.run(["build", "--strict", site.url.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": warning: this line looks like a Markdown table, which the page shows as plain text [markdown-table]\n"))
        #expect(strict.stderr.hasSuffix("\n1 warning; public/ was left as it was\n"))
        #expect(site.snapshot("public") == before)

        let lenient = try BantinProcess.run(["build", site.url.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasSuffix(" ms\n1 warning\n"))
    }
}
