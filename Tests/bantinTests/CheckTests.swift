import Foundation
import Testing

@Suite("bantin check")
struct CheckTests {
    @Test func aValidSiteIsCheckedAndNothingIsWritten() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let before = site.listing()
        let output = try BantinProcess.run(["check", site.url.path])
        #expect(output.status == 0)
        #expect(output.stderr == "no problems found\n")
        #expect(site.listing() == before)
    }

    @Test func anInvalidSiteIsReportedAndNothingIsWritten() throws {
        let site = try TemporarySite(fixture: "invalid/three-errors")
        let before = site.listing()
        let expected = try String(contentsOf: BantinProcess.fixtures.appendingPathComponent("invalid/three-errors/expected.txt"), encoding: .utf8)
        let output = try BantinProcess.run(["check", site.url.path])
        #expect(output.status == 1)
        #expect(output.stderr == expected + "3 errors\n")
        #expect(site.listing() == before)
    }

    @Test func warningsFailTheCheckOnlyWithStrict() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let article = site.url.appendingPathComponent("content/articles/2023/lam-ha-tong-ket.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        try Data((text + "\nĐoạn có <b>chữ đậm</b>.\n").utf8).write(to: article)
        let lenient = try BantinProcess.run(["check", site.url.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasSuffix("no problems found (1 warning)\n"))
        let strict = try BantinProcess.run(["check", "--strict", site.url.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains(": warning: the HTML '<b>' is dropped from the page [dropped-html]\n"))
        #expect(strict.stderr.hasSuffix("\n1 warning\n"))
    }

    /// What `check` accepts, `build` builds, and what `build` refuses, `check` reports the same way:
    /// a slug too long for a folder's name, a date out of range, a count with a decimal comma,
    /// a figure of more digits than are kept exactly.
    @Test func checkAndBuildAgreeOnEveryInputRule() throws {
        let site = try TemporarySite(fixture: "valid-site")
        let article = site.url.appendingPathComponent("content/articles/2023/lam-ha-tong-ket.md")
        let original = try String(contentsOf: article, encoding: .utf8)
        let slug = String(repeating: "a", count: 201)
        let broken = original
            .replacingOccurrences(of: "slug: lam-ha-tong-ket-10-nam", with: "slug: \(slug)")
            .replacingOccurrences(of: "propaganda_sessions: \"6.003\"", with: "propaganda_sessions: \"6,003\"")
            .replacingOccurrences(of: "propaganda_attendees: \"367.486\"", with: "propaganda_attendees: 99999999999999999")
        try Data(broken.utf8).write(to: article)
        let expected = """
            content/articles/2023/lam-ha-tong-ket.md:10:7: error: the slug is 201 bytes long, more than the 200 a slug may have [slug-too-long]
               10 | slug: \(slug.prefix(194))…
                  |       ^\(String(repeating: "~", count: 193))
               hint: write a shorter 'slug:'; a slug names a folder of the output, and a file system allows at most 255 bytes in a name
            content/articles/2023/lam-ha-tong-ket.md:17:24: error: 'propaganda_sessions: "6,003"' has a decimal comma, and a count is a whole number [not-whole]
               17 |   propaganda_sessions: "6,003"
                  |                        ^~~~~~~
               hint: in Vietnamese notation ',' marks decimals (1,000 là một; một nghìn viết 1.000): if you mean 6.003, write "6.003" or 6003
            content/articles/2023/lam-ha-tong-ket.md:18:25: error: 'propaganda_attendees: 99999999999999999' has more than the 15 digits a figure may have [too-many-digits]
               18 |   propaganda_attendees: 99999999999999999
                  |                         ^~~~~~~~~~~~~~~~~
               hint: figures are kept exact up to 15 digits in all, decimals included (999.999.999.999.999); check the digits

            """
        let check = try BantinProcess.run(["check", site.url.path])
        #expect(check.status == 1)
        #expect(check.stderr == expected + "3 errors\n")
        let build = try BantinProcess.run(["build", site.url.path])
        #expect(build.status == 1)
        #expect(build.stderr == expected + "3 errors; public/ was left as it was\n")
        #expect(!site.listing().contains("public"))

        // A date outside 1900-2200: the same message from both.
        try Data(original.replacingOccurrences(of: "date: 2023-05-26T16:29:00+07:00", with: "date: 9999-12-31").utf8).write(to: article)
        let dateProblem = """
            content/articles/2023/lam-ha-tong-ket.md:3:7: error: '9999-12-31' is outside the dates a bulletin may have [date-out-of-range]
                3 | date: 9999-12-31
                  |       ^~~~~~~~~~
               hint: check the year; a date lies between 1900-01-01 and 2200-12-31

            """
        #expect(try BantinProcess.run(["check", site.url.path]).stderr == dateProblem + "1 error\n")
        #expect(try BantinProcess.run(["build", site.url.path]).stderr == dateProblem + "1 error; public/ was left as it was\n")

        // Fixed, and with a byte order mark at the start of every text file: both accept it.
        try Data(original.utf8).write(to: article)
        for path in ["site.yaml", "content/localities.yaml", "content/schema.yaml", "content/articles/2023/lam-ha-tong-ket.md"] {
            let url = site.url.appendingPathComponent(path)
            try (Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: url)).write(to: url)
        }
        let checked = try BantinProcess.run(["check", site.url.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        let built = try BantinProcess.run(["build", site.url.path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(site.listing().contains("public/bai-viet/lam-ha-tong-ket-10-nam/index.html"))
    }
}
