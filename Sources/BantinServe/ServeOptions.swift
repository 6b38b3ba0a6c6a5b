import Foundation

/// What `bantin serve` was asked for.
public struct ServeOptions: Sendable {
    public var site: URL
    public var host: String
    public var port: Int
    public var drafts: Bool

    public init(site: URL, host: String = "127.0.0.1", port: Int = 1313, drafts: Bool = false) {
        self.site = site
        self.host = host
        self.port = port
        self.drafts = drafts
    }
}
