import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs `bantin serve` on a copy of the example bulletin and talks to it over loopback, as a browser would.
///
/// Requests go through a raw socket rather than URLSession, because a client library tidies
/// `/../` away before sending and the point is to send it. Every wait is bounded, so a server
/// that never answers fails the test instead of hanging it.
@Suite("bantin serve", .serialized)
struct ServeCommandTests {
    static let article = "content/articles/2023/lam-ha-tong-ket-10-nam-phong-trao.md"
    static let page = "/bai-viet/lam-ha-tong-ket-10-nam-phong-trao/"
    static let limit: Double = 20

    @Test func editsShowUpBrokenEditsShowTheirDiagnosticsAndCtrlCStopsCleanly() async throws {
        let site = try Self.exampleSite()
        let port = try Self.freePort()
        let server = try Server(["serve", site.url.path, "--port", String(port)])
        defer { server.kill() }
        let http = HTTPClient(port: port)

        // Up, and saying where.
        let home = try await Self.waitFor("the server to answer") { try? http.get("/") }
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        let serving = try await Self.waitFor("the serving line") { server.stderrLines.count >= 3 ? server.stderrLines : nil }
        #expect(serving[0].hasPrefix("built ") && serving[0].hasSuffix(" ms"))
        #expect(Array(serving[1...2]) == [
            "Serving \(site.url.path) at http://127.0.0.1:\(port)/",
            "watching content/, themes/, templates/ and site.yaml (inotify); press Ctrl-C to stop",
        ])
        #expect(home.body.contains("<script>(function(){var s=new EventSource(\"/__bantin/events?since=1\");"))

        // A page open in a browser, waiting to be told to reload; and one from an older build, told at once.
        let open = try HTTPClient.Stream(port: port, target: "/__bantin/events?since=1")
        #expect(try open.read(until: "retry: 500\n\n"))
        let stale = try http.get("/__bantin/events?since=0", until: "data: 1\n\n")
        #expect(stale.headers["content-type"] == "text/event-stream; charset=utf-8")
        #expect(stale.body.contains("event: reload\ndata: 1\n\n"))

        // An edit is served once rebuilt.
        let before = try http.get(Self.page)
        #expect(before.status == 200)
        let marker = "Đoạn thêm để thử bản xem trước số 4711."
        #expect(!before.body.contains(marker))
        let original = try String(contentsOf: site.url.appendingPathComponent(Self.article), encoding: .utf8)
        let edited = original + "\n\(marker)\n"
        let saved = ContinuousClock.now
        try Self.write(edited, to: site, Self.article)
        let after = try await Self.waitFor("the edit to show") {
            (try? http.get(Self.page)).flatMap { $0.body.contains(marker) ? $0 : nil }
        }
        let visible = ContinuousClock.now - saved
        #expect(after.status == 200)
        let rebuilt = try await Self.waitFor("the rebuild line") {
            server.stderrLines.first { $0.hasPrefix(Self.article) && $0.contains(" changed: rebuilt ") }
        }
        print("bantin serve: edit visible over HTTP after \(visible); the server said: \(rebuilt)")
        #expect(try open.read(until: "event: reload\ndata: 2\n\n"))

        // A broken edit: the last good build stays, with the diagnostic laid over it, escaped.
        let name = "communes_<b>implementng"
        let broken = edited.replacingOccurrences(of: "  communes_implementing:", with: "  \(name):")
        #expect(broken != edited)
        let line = try #require(broken.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  \(name):") }) + 1
        try Self.write(broken, to: site, Self.article)
        let overlaid = try await Self.waitFor("the overlay") {
            (try? http.get(Self.page)).flatMap { $0.body.contains("id=\"bantin-diagnostics\"") ? $0 : nil }
        }
        #expect(overlaid.status == 200)
        #expect(overlaid.body.contains(marker))
        let gutter = String(repeating: " ", count: 5 - String(line).count) + String(line)
        #expect(overlaid.body.contains("""
            \(Self.article):\(line):3: error: unknown metric &#39;communes_&lt;b&gt;implementng&#39; [unknown-metric]
            \(gutter) |   communes_&lt;b&gt;implementng: {value: 16, of: 16}
                  |   ^\(String(repeating: "~", count: name.count - 1))
               hint: did you mean &#39;communes_implementing&#39;?
            </pre>
            """))
        #expect(!overlaid.body.contains("<b>implementng"))
        let css = try http.get("/css/style.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!css.body.contains("bantin-diagnostics"))
        // The terminal says it too, as `bantin build` would.
        _ = try await Self.waitFor("the terminal's diagnostic") {
            server.stderr.contains("""
                \(Self.article):\(line):3: error: unknown metric '\(name)' [unknown-metric]
                \(gutter) |   \(name): {value: 16, of: 16}
                """) ? true : nil
        }
        _ = try await Self.waitFor("the terminal's summary") {
            server.stderrLines.first {
                $0.hasPrefix(Self.article) && $0.contains(" changed: 1 error; still serving the last good build (checked in ")
            }
        }

        // Fixed: the overlay is gone on the next reload.
        try Self.write(edited, to: site, Self.article)
        let fixed = try await Self.waitFor("the overlay to go") {
            (try? http.get(Self.page)).flatMap { $0.body.contains("bantin-diagnostics") ? nil : $0 }
        }
        #expect(fixed.body.contains(marker))

        // Folders, missing pages, and no way out of the build.
        let redirect = try http.get(String(Self.page.dropLast()))
        #expect(redirect.status == 302)
        #expect(redirect.headers["location"] == Self.page)
        let notFound = try http.get("/khong-co-trang-nay/")
        #expect(notFound.status == 404)
        #expect(notFound.body.contains("<title>"))
        for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/..\\..\\etc\\passwd"] {
            let response = try http.get(path)
            #expect(response.status == 404, "\(path)")
            #expect(response.body == notFound.body, "\(path)")
            #expect(!response.body.contains("root:"), "\(path)")
        }
        let get = try http.get("/")
        let head = try http.get("/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body == "")
        #expect(head.headers["content-length"] == String(get.body.utf8.count))
        #expect(get.headers["content-length"] == String(get.body.utf8.count))

        // Ctrl-C: the open page's stream ends, the server exits 0, and nothing was written.
        let interrupted = ContinuousClock.now
        server.interrupt()
        let status = try await server.waitForExit()
        print("bantin serve: stopped \(ContinuousClock.now - interrupted) after SIGINT")
        #expect(status == 0, "\(server.stderr)")
        #expect(try open.readToEnd())
        #expect(server.stderr.hasSuffix("\nstopped\n"))
        #expect(server.stdout == "")
        #expect(!site.listing().contains { $0 == "public" || $0.hasPrefix("public/") })
    }

    @Test func pollingSeesEditsWhereInotifyCannot() async throws {
        let site = try Self.exampleSite()
        let port = try Self.freePort()
        let server = try Server(["serve", site.url.path, "--port", String(port), "--poll"])
        defer { server.kill() }
        let http = HTTPClient(port: port)
        _ = try await Self.waitFor("the server to answer") { try? http.get("/") }
        _ = try await Self.waitFor("the watching line") {
            server.stderrLines.first { $0 == "watching content/, themes/, templates/ and site.yaml (polling); press Ctrl-C to stop" }
        }
        let marker = "Đoạn thêm, thấy nhờ so thời gian sửa."
        let original = try String(contentsOf: site.url.appendingPathComponent(Self.article), encoding: .utf8)
        let saved = ContinuousClock.now
        try Self.write(original + "\n\(marker)\n", to: site, Self.article)
        _ = try await Self.waitFor("the edit to show") {
            (try? http.get(Self.page)).flatMap { $0.body.contains(marker) ? $0 : nil }
        }
        print("bantin serve --poll: edit visible over HTTP after \(ContinuousClock.now - saved)")
        server.interrupt()
        #expect(try await server.waitForExit() == 0)
    }

    @Test func aPortInUseIsReportedAndExits1() async throws {
        let site = try Self.exampleSite()
        let taken = try Listener()
        let server = try Server(["serve", site.url.path, "--port", String(taken.port)])
        defer { server.kill() }
        #expect(try await server.waitForExit() == 1)
        #expect(server.stderrLines.last == "error: could not serve at http://127.0.0.1:\(taken.port)/: "
            + "127.0.0.1:\(taken.port) is already in use; stop the other server or choose another port with --port")
    }

    @Test func draftsAreServedOnlyWhenAskedFor() async throws {
        let site = try Self.exampleSite()
        let draft = "---\ntitle: Bản nháp\ndate: 2024-05-01\nlocality: lam-dong/lam-ha\ndraft: true\n---\n\nChưa đăng.\n"
        try Self.write(draft, to: site, "content/articles/2024/nhap.md")
        for (flags, status) in [([String](), 404), (["--drafts"], 200)] {
            let port = try Self.freePort()
            let server = try Server(["serve", site.url.path, "--port", String(port)] + flags)
            defer { server.kill() }
            let http = HTTPClient(port: port)
            _ = try await Self.waitFor("the server to answer") { try? http.get("/") }
            #expect(try http.get("/bai-viet/ban-nhap/").status == status, "\(flags)")
            server.interrupt()
            #expect(try await server.waitForExit() == 0)
        }
    }

    @Test func aPortOutOfRangeIsMisuse() async throws {
        let server = try Server(["serve", "--port", "70000"])
        defer { server.kill() }
        #expect(try await server.waitForExit() == 64)
        #expect(server.stderr == """
            Error: '70000' is not a port (0 to 65535)
            Usage: bantin serve [<site>] [--port <port>] [--host <host>] [--drafts] [--poll]
              See 'bantin serve --help' for more information.

            """)
    }

    /// A web page can point its own name at 127.0.0.1 and read the preview through the browser
    /// (DNS rebinding); such a request names that page's host, and is refused.
    @Test func onlyTheLoopbackNamesAreAnswered() async throws {
        let site = try Self.exampleSite()
        let port = try Self.freePort()
        let server = try Server(["serve", site.url.path, "--port", String(port)])
        defer { server.kill() }
        let http = HTTPClient(port: port)
        _ = try await Self.waitFor("the server to answer") { try? http.get("/") }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)", "127.0.0.1", "localhost"] {
            #expect(try http.get("/", host: host).status == 200, "\(host)")
        }
        for host in ["attacker.example:\(port)", "attacker.example", "127.0.0.1.nip.io:\(port)", "localhost:\(port + 1)",
                     "127.0.0.2:\(port)", "localhost.:\(port)", "localhost:x"] {
            let refused = try http.get("/", host: host)
            #expect(refused.status == 421, "\(host)")
            #expect(refused.headers["content-type"] == "text/plain; charset=utf-8")
            #expect(refused.body == "This preview answers only to its loopback names: open http://127.0.0.1:\(port)/ or http://localhost:\(port)/.\n")
            #expect(try http.get("/__bantin/events?since=0", host: host).status == 421, "\(host)")
        }
        server.interrupt()
        #expect(try await server.waitForExit() == 0)
    }

    /// A connection that sends half a request, or nothing, or goes quiet after an answer, is closed
    /// after the idle timeout (10 s) rather than held forever; an open page's reload stream is not idle.
    @Test func halfSentAndIdleConnectionsAreClosed() async throws {
        let site = try Self.exampleSite()
        let port = try Self.freePort()
        let server = try Server(["serve", site.url.path, "--port", String(port)])
        defer { server.kill() }
        let http = HTTPClient(port: port)
        _ = try await Self.waitFor("the server to answer") { try? http.get("/") }
        let reloads = try HTTPClient.Stream(port: port, target: "/__bantin/events?since=1")
        #expect(try reloads.read(until: "retry: 500\n\n"))
        let halfSent = try HTTPClient.Stream(port: port, sending: "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUser-Ag")
        let silent = try HTTPClient.Stream(port: port, sending: "")
        let keptAlive = try HTTPClient.Stream(port: port, sending: "GET /css/style.css HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        #expect(try keptAlive.read(until: "\r\n\r\n"))
        for (name, connection) in [("half a request", halfSent), ("nothing", silent), ("an answered request", keptAlive)] {
            let closed = try #require(try connection.secondsUntilClosed(limit: 60), "\(name): still open after 60 s")
            #expect(closed > 5, "\(name): closed after \(closed) s")
        }
        // The reload stream stayed open through it all, and still ends cleanly on Ctrl-C.
        server.interrupt()
        #expect(try await server.waitForExit() == 0)
        #expect(try reloads.readToEnd())
    }

    // MARK: - The site, the port, the waiting

    /// A copy of the repository's own `site.yaml` and `content/`: the example bulletin.
    static func exampleSite() throws -> TemporarySite {
        let site = try TemporarySite()
        for name in ["site.yaml", "content"] {
            try FileManager.default.copyItem(at: BantinProcess.repositoryRoot.appendingPathComponent(name),
                                             to: site.url.appendingPathComponent(name))
        }
        return site
    }

    static func write(_ text: String, to site: TemporarySite, _ path: String) throws {
        try Data(text.utf8).write(to: site.url.appendingPathComponent(path))
    }

    /// A port nothing listens on: the kernel's pick for port 0, released again.
    static func freePort() throws -> Int {
        let listener = try Listener()
        return listener.port
    }

    /// Polls `attempt` every 20 ms until it gives a value, for at most `limit` seconds.
    static func waitFor<T>(_ what: String, _ attempt: () throws -> T?) async throws -> T {
        let deadline = ContinuousClock.now + .seconds(limit)
        while ContinuousClock.now < deadline {
            if let value = try attempt() { return value }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Timeout(what: what)
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var description: String { "gave up after \(Int(ServeCommandTests.limit)) s waiting for \(what)" }
    }

    // MARK: - The server process

    /// `bantin` running in the background, its output collected as it comes.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var err = Data()
        private var out = Data()
        /// Left by each of the two readers when its pipe reaches its end.
        private let drained = DispatchGroup()

        init(_ arguments: [String]) throws {
            process.executableURL = try #require(BantinProcess.executable, "no bantin executable next to the tests; build with --build-tests")
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let errPipe = Pipe(), outPipe = Pipe()
            process.standardError = errPipe
            process.standardOutput = outPipe
            try process.run()
            read(errPipe) { $0.err.append($1) }
            read(outPipe) { $0.out.append($1) }
        }

        /// Reads `pipe` on a thread of its own until its end: the end comes once the process has
        /// exited (or been killed) and nothing else holds the pipe.
        private func read(_ pipe: Pipe, into append: @escaping @Sendable (Server, Data) -> Void) {
            drained.enter()
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async { [self] in
                while true {
                    let data = handle.availableData
                    if data.isEmpty { break }
                    lock.withLock { append(self, data) }
                }
                drained.leave()
            }
        }

        var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }
        var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

        func interrupt() { process.interrupt() }

        /// The exit status, once the process has exited and both its pipes have been read to their end.
        func waitForExit() async throws -> Int32 {
            _ = try await ServeCommandTests.waitFor("bantin to exit and its output to end") {
                !process.isRunning && drained.wait(timeout: .now()) == .success ? true : nil
            }
            return process.terminationStatus
        }

        /// Makes sure no server outlives its test, whatever happened in it.
        func kill() {
            if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        }
    }

    // MARK: - Loopback sockets

    /// A socket listening on 127.0.0.1 at a port the kernel chose.
    final class Listener {
        let descriptor: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw SocketError(call: "socket") }
            var address = Self.loopback(port: 0)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0, listen(descriptor, 1) == 0 else { close(descriptor); throw SocketError(call: "bind") }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            guard named == 0 else { close(descriptor); throw SocketError(call: "getsockname") }
            self.descriptor = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }

        static func loopback(port: UInt16) -> sockaddr_in {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            return address
        }
    }

    struct SocketError: Error {
        var call: String
        var code = errno
    }

    /// HTTP/1.1 over a plain socket to 127.0.0.1, one connection per request.
    struct HTTPClient {
        var port: Int

        struct Response {
            var status: Int
            /// Lowercased names.
            var headers: [String: String]
            var body: String
        }

        /// Sends `method target` exactly as written and reads the answer to its end, or until `until` arrives.
        /// `host` is the `Host` header, the server's own address unless given.
        func get(_ target: String, method: String = "GET", host: String? = nil, until: String? = nil) throws -> Response {
            let stream = try Stream(port: port, target: target, method: method, host: host)
            if let until { _ = try stream.read(until: until) } else { _ = try stream.readToEnd() }
            return try stream.response()
        }

        /// An open request whose answer is read bit by bit: an event stream.
        final class Stream {
            private let descriptor: Int32
            private var received = Data()
            /// When the connection was made.
            let opened = ContinuousClock.now

            convenience init(port: Int, target: String, method: String = "GET", host: String? = nil) throws {
                let host = host ?? "127.0.0.1:\(port)"
                try self.init(port: port, sending: "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
            }

            /// A connection that sends `request` as it is, whole or not.
            init(port: Int, sending request: String) throws {
                let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                guard descriptor >= 0 else { throw SocketError(call: "socket") }
                var timeout = timeval(tv_sec: 5, tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                var address = Listener.loopback(port: UInt16(port))
                let connected = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
                }
                guard connected == 0 else { close(descriptor); throw SocketError(call: "connect") }
                let request = Array(request.utf8)
                let sent = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard sent == request.count else { close(descriptor); throw SocketError(call: "send") }
                self.descriptor = descriptor
            }

            deinit { close(descriptor) }

            /// Reads until `text` has arrived (true) or the connection ends or times out (false).
            func read(until text: String) throws -> Bool {
                while !String(decoding: received, as: UTF8.self).contains(text) {
                    guard try readSome() else { return false }
                }
                return true
            }

            /// Reads until the server closes the connection (true) or 5 s pass without a byte (false).
            func readToEnd() throws -> Bool {
                while true {
                    do {
                        guard try readSome() else { return true }
                    } catch let error as SocketError where error.code == EAGAIN || error.code == EWOULDBLOCK {
                        return false
                    }
                }
            }

            /// How long after it was opened the server closed the connection, waiting at most `limit` seconds.
            func secondsUntilClosed(limit: Double) throws -> Double? {
                while ContinuousClock.now - opened < .seconds(limit) {
                    do {
                        guard try readSome() else {
                            let elapsed = ContinuousClock.now - opened
                            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                        }
                    } catch let error as SocketError where error.code == EAGAIN || error.code == EWOULDBLOCK {
                        continue
                    } catch let error as SocketError where error.code == ECONNRESET {
                        return nil
                    }
                }
                return nil
            }

            /// False at the end of the stream.
            private func readSome() throws -> Bool {
                var buffer = [UInt8](repeating: 0, count: 16 * 1024)
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count < 0 { throw SocketError(call: "recv") }
                received.append(contentsOf: buffer[..<count])
                return count > 0
            }

            func response() throws -> Response {
                let text = String(decoding: received, as: UTF8.self)
                guard let end = text.range(of: "\r\n\r\n") else { throw SocketError(call: "parse", code: 0) }
                let lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
                let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                return Response(status: status, headers: headers, body: String(text[end.upperBound...]))
            }
        }
    }
}
