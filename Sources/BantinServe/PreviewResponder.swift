import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// Answers HTTP requests from the preview state: the reload events, and otherwise the built site.
///
/// Every decision about a path is `PreviewSite`'s; this type only translates to and from
/// Hummingbird, and keeps the event streams that make pages reload.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let hosts: HostCheck

    func respond(to request: Request, context: Context) async throws -> Response {
        let port = state.port
        guard hosts.allows(request.head.authority, port: port) else {
            return Response(status: .init(code: 421), headers: Self.fields(["Content-Type": ContentType.plainText, "Cache-Control": "no-store"]),
                            body: ResponseBody(byteBuffer: ByteBuffer(string: HostCheck.refusal(port: port))))
        }
        let method = request.method.rawValue
        if request.uri.path == ReloadScript.eventsPath, method == "GET" || method == "HEAD" {
            // Without `since`, only the next build counts.
            let since = request.uri.queryParameters.get("since", as: Int.self) ?? state.current.generation
            return reloadEvents(after: since, head: method == "HEAD")
        }
        let reply = state.current.response(method: method, path: request.uri.path, query: request.uri.query)
        return Response(status: HTTPResponse.Status(code: reply.status), headers: Self.fields(reply.headers),
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }

    /// A Server-Sent Events stream that says `reload` whenever a newer build than `since` exists.
    ///
    /// The stream ends when the server shuts down gracefully: an open page would otherwise hold
    /// its connection, and the server, open forever.
    private func reloadEvents(after since: Int, head: Bool) -> Response {
        let headers = Self.fields(["Content-Type": ContentType.eventStream, "Cache-Control": "no-store",
                                   "X-Content-Type-Options": "nosniff"])
        guard !head else { return Response(status: .ok, headers: headers) }
        let reloads = state.reloads(after: since)
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: ReloadScript.streamStart))
            for await generation in reloads.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: ReloadScript.event(generation: generation)))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    private static func fields(_ headers: [String: String]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            if let name = HTTPField.Name(name) { fields[name] = value }
        }
        return fields
    }
}
