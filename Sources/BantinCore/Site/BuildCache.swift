/// What a build leaves for the next one, so that editing an article rebuilds only the pages that show it.
///
/// Kept under the site (`.bantin-cache/`). It records a fingerprint of every source file,
/// per article a hash of everything other pages show of it (title, date, places, tags,
/// summary, slug, source, figures), and per part of the site (`OutputUnit`) a signature of
/// what it is made from (`PageSignatures`). When only article bodies changed, the next build
/// parses those articles alone and writes their pages alone; when articles were edited, added,
/// deleted or renamed otherwise, it reads every article and renders again the parts whose
/// signature changed; when anything but articles changed, it is a full build.
public struct BuildCache: Sendable, Equatable {
    /// Changes whenever the output of a build could change for the same sources.
    public static let format = "bantin-cache-6"

    public struct Entry: Sendable, Equatable {
        public var fingerprint: String
        public var slug: String
        /// Hash of what other pages show of the article; nil for a draft left out.
        public var metadata: String?
        /// The files its page made (the page and the files copied beside it).
        public var outputs: [String]

        public init(fingerprint: String, slug: String, metadata: String?, outputs: [String]) {
            self.fingerprint = fingerprint
            self.slug = slug
            self.metadata = metadata
            self.outputs = outputs
        }
    }

    public var format: String
    /// Hash of the cache format, of the build options (drafts, future articles) and of every source
    /// that is not an article: when it differs, the next build is a full one. The output folder is kept apart, in `output`.
    public var globals: String
    public var articles: [String: Entry]
    /// Keys (`Locality.key`) of the localities that have a page: breadcrumbs link only to those.
    public var localitiesWithPages: [String]
    /// Every file of the output, to check the links of pages built again.
    public var outputs: [String]
    /// The output folder the build was written to; set by whoever writes it.
    public var output: String?
    /// The search index's documents in order, eight fields each (see `SearchCollector`), so that
    /// an edit rewrites only the files of the index that change.
    public var search: [String]
    /// Each file of the search index and a hash of it, one after the other.
    public var searchFiles: [String]
    /// The signature of each part of the site but articles and search, by `OutputUnit` key.
    public var units: [String: String]

    public init(format: String, globals: String, articles: [String: Entry], localitiesWithPages: [String], outputs: [String], output: String?,
                search: [String] = [], searchFiles: [String] = [], units: [String: String] = [:]) {
        self.format = format
        self.globals = globals
        self.articles = articles
        self.localitiesWithPages = localitiesWithPages
        self.outputs = outputs
        self.output = output
        self.search = search
        self.searchFiles = searchFiles
        self.units = units
    }

    /// `searchFiles` as a table: the hash of each file of the search index by its path.
    var searchFileHashes: [String: String] {
        Dictionary(stride(from: 0, to: searchFiles.count - 1, by: 2).map { (searchFiles[$0], searchFiles[$0 + 1]) }) { first, _ in first }
    }
}
