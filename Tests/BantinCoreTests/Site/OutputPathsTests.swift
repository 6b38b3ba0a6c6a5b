import Testing
@testable import BantinCore

@Suite("OutputPaths")
struct OutputPathsTests {
    @Test func prettyPathsInVietnamese() {
        #expect(OutputPaths.home() == "index.html")
        #expect(OutputPaths.home(page: 3) == "trang/3/index.html")
        #expect(OutputPaths.article("lam-ha") == "bai-viet/lam-ha/index.html")
        #expect(OutputPaths.articleFolder("lam-ha") == "bai-viet/lam-ha/")
        #expect(OutputPaths.tag("tuyen-truyen") == "chu-de/tuyen-truyen/index.html")
        #expect(OutputPaths.tag("tuyen-truyen", page: 2) == "chu-de/tuyen-truyen/trang/2/index.html")
        #expect(OutputPaths.locality("lam-dong/lam-ha") == "dia-phuong/lam-dong/lam-ha/index.html")
        #expect(OutputPaths.locality("lam-dong", page: 2) == "dia-phuong/lam-dong/trang/2/index.html")
        #expect(OutputPaths.localityFeed("lam-dong") == "dia-phuong/lam-dong/atom.xml")
        #expect(OutputPaths.metric("propaganda_sessions") == "thong-ke/propaganda-sessions/index.html")
        #expect(OutputPaths.page("gioi-thieu") == "gioi-thieu/index.html")
    }
}
