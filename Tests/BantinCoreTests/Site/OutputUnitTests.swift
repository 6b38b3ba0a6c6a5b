import Testing
@testable import BantinCore

@Suite("Parts of the output")
struct OutputUnitTests {
    @Test(arguments: [
        ("index.html", "home/1"),
        ("trang/2/index.html", "home/2"),
        ("bai-viet/lam-ha-tong-ket/index.html", "article/lam-ha-tong-ket"),
        ("bai-viet/lam-ha-tong-ket/anh.jpg", "article/lam-ha-tong-ket"),
        ("nhung/bai-viet/lam-ha-tong-ket/ty-le-cases-solved/index.html", "article/lam-ha-tong-ket"),
        ("chu-de/index.html", "tags"),
        ("chu-de/an-ninh/index.html", "tag/an-ninh/1"),
        ("chu-de/an-ninh/trang/12/index.html", "tag/an-ninh/12"),
        ("dia-phuong/index.html", "localities"),
        ("dia-phuong/lam-dong/lam-ha/index.html", "locality/lam-dong/lam-ha"),
        ("dia-phuong/lam-dong/lam-ha/trang/3/index.html", "locality/lam-dong/lam-ha"),
        ("dia-phuong/lam-dong/atom.xml", "locality/lam-dong"),
        ("nhung/dia-phuong/lam-dong/dien-bien-propaganda-sessions-lam-dong/du-lieu.csv", "locality/lam-dong"),
        ("thong-ke/index.html", "statistics"),
        ("thong-ke/propaganda-sessions/index.html", "metric/propaganda-sessions"),
        ("nhung/thong-ke/propaganda-sessions/so-sanh-cap-1/index.html", "metric/propaganda-sessions"),
        ("du-lieu/facts.csv", "data"),
        ("du-lieu/facts.json", "data"),
        ("atom.xml", "feed"),
        ("sitemap.xml", "sitemap"),
        ("robots.txt", "sitemap"),
        ("tim-kiem/chi-muc.js", "search"),
    ])
    func eachGeneratedFileBelongsToItsPage(path: String, key: String) {
        #expect(OutputUnit.key(of: path) == key)
    }

    /// What only the settings, theme, free pages and static files make is no part an edit of articles changes.
    @Test(arguments: ["404.html", "tim-kiem/index.html", "css/site.css", "js/search.js", "gioi-thieu/index.html",
                      "trang/index.html", "trang/02/index.html", "chu-de/a/b/index.html", "bai-viet/index.html"])
    func otherFilesBelongToNoPart(path: String) {
        #expect(OutputUnit.key(of: path) == nil)
    }
}
