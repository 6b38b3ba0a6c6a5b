import Testing
import Foundation
@testable import BantinServe

@Suite("Serve options")
struct ServeOptionsTests {
    @Test func previewListensOnLoopbackByDefault() {
        let options = ServeOptions(site: URL(fileURLWithPath: "/tmp/site"))
        #expect(options.host == "127.0.0.1")
        #expect(options.port == 1313)
    }
}
