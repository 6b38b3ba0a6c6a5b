/// Where each kind of page goes in the output: pretty URLs, one `index.html` per folder.
///
/// Folder names are Vietnamese, as the readers are.
public enum OutputPaths {
    public static func home(page: Int = 1) -> String {
        page <= 1 ? "index.html" : "trang/\(page)/index.html"
    }

    public static func article(_ slug: String) -> String { "bai-viet/\(slug)/index.html" }

    public static func articleFolder(_ slug: String) -> String { "bai-viet/\(slug)/" }

    public static func tag(_ slug: String, page: Int = 1) -> String {
        page <= 1 ? "chu-de/\(slug)/index.html" : "chu-de/\(slug)/trang/\(page)/index.html"
    }

    public static let tags = "chu-de/index.html"

    public static func locality(_ path: String, page: Int = 1) -> String {
        page <= 1 ? "dia-phuong/\(path)/index.html" : "dia-phuong/\(path)/trang/\(page)/index.html"
    }

    public static func localityFeed(_ path: String) -> String { "dia-phuong/\(path)/atom.xml" }

    public static let localities = "dia-phuong/index.html"

    public static let statistics = "thong-ke/index.html"

    public static func metric(_ id: String) -> String { "thong-ke/\(id.replacingOccurrences(of: "_", with: "-"))/index.html" }

    /// The folder of a chart's embed page and CSV: under `nhung/`, the page's own folder, then
    /// the chart's anchor, so that a chart shown on two pages links back to each.
    public static func chartFolder(page: String, anchor: String) -> String {
        let folder = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page + "/"
        return "\(embeds)\(folder)\(anchor)/"
    }

    public static let embeds = "nhung/"

    /// The CSV of a chart's rows, in the chart's folder.
    public static let chartData = "du-lieu.csv"

    public static let factsCSV = "du-lieu/facts.csv"
    public static let factsJSON = "du-lieu/facts.json"

    public static func page(_ slug: String) -> String { "\(slug)/index.html" }

    public static let feed = "atom.xml"
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let searchFolder = "tim-kiem/"
    public static let searchIndex = "tim-kiem/chi-muc.js"
    public static let search = "tim-kiem/index.html"
}
