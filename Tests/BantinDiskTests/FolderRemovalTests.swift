import Foundation
import Testing
@testable import BantinDisk

@Suite("FolderRemoval")
struct FolderRemovalTests {
    /// Files and folders at every depth go; links go as links, and what they lead to stays.
    @Test func aWholeTreeGoesButNothingALinkLeadsTo() throws {
        let temp = try TemporaryFolder()
        try temp.write("outside/keep.txt", "giữ")
        for number in 0..<200 { try temp.write("old/bai-viet/tin-\(number)/index.html", "tin \(number)") }
        try temp.write("old/index.html", "trang chủ")
        try temp.write("old/dia-phuong/lam-dong/lam-ha/index.html", "Lâm Hà")
        try temp.write("old/.an", "ẩn")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: temp.url.appendingPathComponent("old/link").path,
                                       withDestinationPath: temp.url.appendingPathComponent("outside").path)
        try manager.createSymbolicLink(atPath: temp.url.appendingPathComponent("old/bai-viet/link").path,
                                       withDestinationPath: temp.url.appendingPathComponent("outside").path)

        FolderRemoval.remove(temp.url.appendingPathComponent("old"))

        #expect(temp.listing() == ["outside", "outside/keep.txt"])
    }

    @Test func aFileOrNothingAtThePathIsFine() throws {
        let temp = try TemporaryFolder()
        try temp.write("a-file", "tệp")
        FolderRemoval.remove(temp.url.appendingPathComponent("a-file"))
        FolderRemoval.remove(temp.url.appendingPathComponent("khong-co"))
        #expect(temp.listing() == [])
    }
}
