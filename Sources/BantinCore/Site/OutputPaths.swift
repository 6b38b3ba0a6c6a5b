/// Where each kind of page goes in the output: pretty URLs, one `index.html` per folder.
///
/// Folder names are Vietnamese, as the readers are.
public enum OutputPaths {
    /// The first folders of the generated pages, each written once here.
    public static let articlesFolder = "bai-viet/"
    public static let localitiesFolder = "dia-phuong/"
    public static let tagsFolder = "chu-de/"
    public static let statisticsFolder = "thong-ke/"
    public static let dataFolder = "du-lieu/"
    /// The later pages of a list: "trang/2/".
    public static let pagesFolder = "trang/"
    public static let searchFolder = "tim-kiem/"

    /// Every first folder the generated pages and the theme's files use: a free page may not take one.
    public static let reservedFolders: Set<String> = Set(
        [articlesFolder, localitiesFolder, tagsFolder, statisticsFolder, dataFolder, pagesFolder, searchFolder, embeds, "css/", "js/"]
            .map { String($0.dropLast()) })

    public static func home(page: Int = 1) -> String {
        page <= 1 ? "index.html" : "\(pagesFolder)\(page)/index.html"
    }

    public static func article(_ slug: String) -> String { "\(articlesFolder)\(slug)/index.html" }

    public static func articleFolder(_ slug: String) -> String { "\(articlesFolder)\(slug)/" }

    public static func tag(_ slug: String, page: Int = 1) -> String {
        page <= 1 ? "\(tagsFolder)\(slug)/index.html" : "\(tagsFolder)\(slug)/\(pagesFolder)\(page)/index.html"
    }

    public static let tags = tagsFolder + "index.html"

    public static func locality(_ path: String, page: Int = 1) -> String {
        page <= 1 ? "\(localitiesFolder)\(path)/index.html" : "\(localitiesFolder)\(path)/\(pagesFolder)\(page)/index.html"
    }

    public static func localityFeed(_ path: String) -> String { "\(localitiesFolder)\(path)/atom.xml" }

    public static let localities = localitiesFolder + "index.html"

    public static let statistics = statisticsFolder + "index.html"

    public static func metric(_ id: String) -> String { "\(statisticsFolder)\(id.replacingOccurrences(of: "_", with: "-"))/index.html" }

    /// The folder of a chart's embed page and CSV: under `nhung/`, the page's own folder, then
    /// the chart's anchor, so that a chart shown on two pages links back to each.
    public static func chartFolder(page: String, anchor: String) -> String {
        let folder = page.hasSuffix("index.html") ? String(page.dropLast("index.html".count)) : page + "/"
        return "\(embeds)\(folder)\(anchor)/"
    }

    public static let embeds = "nhung/"

    /// The CSV of a chart's rows, in the chart's folder.
    public static let chartData = "du-lieu.csv"

    public static let factsCSV = dataFolder + "facts.csv"
    public static let factsJSON = dataFolder + "facts.json"

    public static func page(_ slug: String) -> String { "\(slug)/index.html" }

    public static let feed = "atom.xml"
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    public static let searchIndex = searchFolder + "chi-muc.js"
    public static let search = searchFolder + "index.html"
}
