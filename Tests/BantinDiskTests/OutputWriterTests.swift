import BantinCore
import BantinDisk
import Foundation
import Testing

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
            "index.html": Data("<h1>Trang chủ</h1>\n".utf8),
            "bai-viet/lam-ha/index.html": Data("<h1>Lâm Hà</h1>\n".utf8),
            "css/style.css": Data("body {}\n".utf8),
        ])
        #expect(temp.listing("site") == ["public", "public/bai-viet", "public/bai-viet/lam-ha", "public/bai-viet/lam-ha/index.html",
                                         "public/css", "public/css/style.css", "public/index.html"])
    }

    @Test func replacesTheWholeFolderSoNothingOldIsLeft() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/index.html", "cũ")
        try temp.write("public/bai-viet/da-xoa/index.html", "bài đã xoá")
        try temp.write("public/.htaccess", "cũ")
        try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: files)
        #expect(temp.contents("public").keys.sorted() == ["bai-viet/lam-ha/index.html", "css/style.css", "index.html"])
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [])
    }

    @Test func leftoversOfAKilledBuildAreRemoved() throws {
        let temp = try TemporaryFolder()
        try temp.write(".public.bantin-new-12345/index.html", "nửa chừng")
        try temp.write(".public.bantin-old-678/index.html", "cũ")
        try temp.write(".other/keep.txt", "giữ")
        try temp.write(".publicity.bantin-new-1/x", "của thư mục khác")
        try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: files)
        #expect(temp.listing().filter { !$0.hasPrefix("public") } == [
            ".other", ".other/keep.txt", ".publicity.bantin-new-1", ".publicity.bantin-new-1/x",
        ])
    }

    @Test func removeLeftoversTouchesOnlyStagingFolders() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/index.html", "đang dùng")
        try temp.write(".public.bantin-new-1/index.html", "nửa chừng")
        OutputWriter(output: temp.url.appendingPathComponent("public")).removeLeftovers()
        #expect(temp.listing() == ["public", "public/index.html"])
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

    @Test func anEmptySiteGivesAnEmptyFolder() throws {
        let temp = try TemporaryFolder()
        try temp.write("public/index.html", "cũ")
        try OutputWriter(output: temp.url.appendingPathComponent("public")).replace(with: [])
        #expect(temp.listing() == ["public"])
    }
}
