/// Everything a build knows once the content is read and checked; rendering only reads it.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var gazetteer: Gazetteer
    public var schema: MetricSchema
    /// Published articles, newest first.
    public var articles: [Article]
    /// Article index by source path, for links between articles.
    public var articleBySource: [String: Int]
    /// Free pages, by menu weight then title.
    public var pages: [Page]
    public var pageBySource: [String: Int]
    /// Static files to copy: output path → source path.
    public var staticFiles: [String: String]
}
