import Foundation

/// An HTTP answer as plain values, so the preview's behaviour is tested without a server.
public struct PreviewResponse: Sendable, Equatable {
    public var status: Int
    /// Header names as sent; `Content-Length` is always there, also for `HEAD`.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
