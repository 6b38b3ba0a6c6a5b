/// Everything a build knows once the content is read and checked; rendering only reads it.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var gazetteer: Gazetteer
    public var schema: MetricSchema
    /// Published articles, newest first.
    public var articles: [Article]
    /// Article index by source path.
    public var articleBySource: [String: Int]
    /// Slug by source path, for links between articles. In an incremental build it names
    /// every article of the site, not only those parsed again.
    public var articleSlugs: [String: String]
    /// Free pages, by menu weight then title.
    public var pages: [Page]
    public var pageBySource: [String: Int]
    /// Static files to copy: output path → source path.
    public var staticFiles: [String: String]
    /// Articles left out until their date comes, by source path.
    public var heldBack: [String: ArticleDate] = [:]
}
