import Testing
@testable import BantinCore

@Suite("FrontMatterSplitter")
struct FrontMatterSplitterTests {
    typealias Parts = FrontMatterSplitter.Parts

    @Test func splitsAndKeepsTheBodysFirstLineNumber() throws {
        let parts = try FrontMatterSplitter.split("---\ntitle: Lâm Hà\ndate: 2023-05-26\n---\n\nNgày 26/5.\n").get()
        #expect(parts == Parts(frontMatter: "title: Lâm Hà\ndate: 2023-05-26\n", frontMatterLine: 2, body: "\nNgày 26/5.\n", bodyLine: 5))
    }

    @Test func anEmptyFrontMatterAndAnEmptyBody() throws {
        #expect(try FrontMatterSplitter.split("---\n---\n").get() == Parts(frontMatter: "", frontMatterLine: 2, body: "", bodyLine: 3))
        #expect(try FrontMatterSplitter.split("---\ntitle: x\n---").get() == Parts(frontMatter: "title: x\n", frontMatterLine: 2, body: "", bodyLine: 4))
    }

    @Test func aLaterRuleStaysInTheBody() throws {
        let parts = try FrontMatterSplitter.split("---\ntitle: x\n---\nmột\n\n---\n\nhai\n").get()
        #expect(parts.body == "một\n\n---\n\nhai\n")
        #expect(parts.bodyLine == 4)
    }

    @Test func fencesMayHaveTrailingSpaces() throws {
        let parts = try FrontMatterSplitter.split("--- \ntitle: x\n---\t\nthân\n").get()
        #expect(parts == Parts(frontMatter: "title: x\n", frontMatterLine: 2, body: "thân\n", bodyLine: 4))
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let parts = try FrontMatterSplitter.split("\u{FEFF}---\ntitle: x\n---\nthân\n").get()
        #expect(parts == Parts(frontMatter: "title: x\n", frontMatterLine: 2, body: "thân\n", bodyLine: 4))
    }

    @Test func windowsLineEndsSplitLikeUnixOnes() throws {
        let result = FrontMatterSplitter.split("---\r\ntitle: x\r\ndate: 2023-05-26\r\n---\r\nthân\r\n")
        let parts = try result.get()
        #expect(parts.frontMatter == "title: x\ndate: 2023-05-26\n")
        #expect(parts.bodyLine == 5)
        #expect(parts.body == "thân\r\n")
    }

    @Test("a file that does not start with '---'", arguments: [
        "title: x\n---\n",
        "",
        "\n---\ntitle: x\n---\n",
        "----\ntitle: x\n----\n",
        " ---\ntitle: x\n---\n",
    ])
    func missingOpening(text: String) {
        #expect(FrontMatterSplitter.split(text) == .failure(.missingOpening))
    }

    @Test("an opening that is never closed", arguments: [
        "---\ntitle: x\n",
        "---",
        "---\ntitle: x\n----\nthân\n",
    ])
    func unterminated(text: String) {
        #expect(FrontMatterSplitter.split(text) == .failure(.unterminated))
    }
}
