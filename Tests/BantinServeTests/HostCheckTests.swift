import Testing
@testable import BantinServe

@Suite("HostCheck")
struct HostCheckTests {
    @Test("bound to loopback, the loopback names at the server's port are answered", arguments: [
        "127.0.0.1:1313", "localhost:1313", "LocalHost:1313", "[::1]:1313", "127.0.0.1", "localhost", "[::1]",
    ])
    func loopbackNames(authority: String) {
        #expect(HostCheck(boundHost: "127.0.0.1").allows(authority, port: 1313))
    }

    @Test("bound to loopback, any other name is refused", arguments: [
        "attacker.example:1313", "attacker.example", "127.0.0.1.nip.io:1313", "localhost:1314", "127.0.0.2:1313",
        "localhost.:1313", "::1", "[::1]:80", "localhost:", "localhost:x", "", "0.0.0.0:1313", "[::ffff:127.0.0.1]:1313",
    ])
    func otherNames(authority: String) {
        #expect(!HostCheck(boundHost: "127.0.0.1").allows(authority, port: 1313))
    }

    @Test func theBoundAddressIsOneOfTheNames() {
        #expect(HostCheck(boundHost: "127.0.0.2").allows("127.0.0.2:1313", port: 1313))
        #expect(HostCheck(boundHost: "::1").allows("[::1]:1313", port: 1313))
        #expect(HostCheck(boundHost: "::1").names == ["localhost", "127.0.0.1", "[::1]"])
        #expect(HostCheck(boundHost: "localhost").names == ["localhost", "127.0.0.1", "[::1]"])
    }

    /// Bound beyond loopback, the preview is open to the network by choice, and every name is answered.
    @Test(arguments: ["0.0.0.0", "192.168.1.5", "::", "example.lan"])
    func boundBeyondLoopbackAnyNameIsAnswered(host: String) {
        let check = HostCheck(boundHost: host)
        #expect(check.names == nil)
        #expect(check.allows("attacker.example:1313", port: 1313))
    }

    @Test func aRequestWithoutHostIsAnsweredAndThePortIsCheckedOnceKnown() {
        let check = HostCheck(boundHost: "127.0.0.1")
        #expect(check.allows(nil, port: 1313))
        #expect(check.allows("localhost:5000", port: nil))
        #expect(!check.allows("localhost:5000", port: 1313))
    }

    @Test func theRefusalSaysWhatToOpen() {
        #expect(HostCheck.refusal(port: 1313) == "This preview answers only to its loopback names: open http://127.0.0.1:1313/ or http://localhost:1313/.\n")
    }
}
