import Testing
import Foundation
@testable import BantinServe

@Suite("Serve options")
struct ServeOptionsTests {
    @Test func previewListensOnLoopbackByDefault() {
        let options = ServeOptions(site: URL(fileURLWithPath: "/tmp/site"))
        #expect(options.host == "127.0.0.1")
        #expect(options.port == 1313)
        #expect(options.drafts == false)
        #expect(options.poll == false)
        #expect(options.debounce == .milliseconds(100))
    }

    @Test func theURLUsesThePortActuallyBoundAndBracketsIPv6() {
        let options = ServeOptions(site: URL(fileURLWithPath: "/tmp/site"), port: 0)
        #expect(options.url() == "http://127.0.0.1:0/")
        #expect(options.url(port: 40123) == "http://127.0.0.1:40123/")
        #expect(ServeOptions(site: URL(fileURLWithPath: "/tmp/site"), host: "::1").url() == "http://[::1]:1313/")
    }
}
