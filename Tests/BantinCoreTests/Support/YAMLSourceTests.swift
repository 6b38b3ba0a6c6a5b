import Testing
import Yams
@testable import BantinCore

@Suite("YAMLSource")
struct YAMLSourceTests {
    @Test(arguments: [
        "title", "of", "note", "tags", "name", "facts", "propaganda_sessions", "tỉnh", "Đà Lạt", "_x", "",
        "yes", "Yes", "YES", "yesno", "no", "No", "non", "on", "On", "ON", "one", "off", "Off", "offer",
        "true", "True", "TRUE", "truth", "false", "FALSE", "falsey", "null", "Null", "NULL", "nullable", "~", "~x",
        "2023", "-5", "+1", "0x1F", "0o17", "0b101", "1_000", "1:30", "1.5", ".5", "1e3", ".inf", "-.Inf", ".nan", "-",
        "<<", "<", "=", "==", "2023-05-26", "2023-5-6 10:30:00", "2023-05-26T16:29:00+07:00",
        "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "yes\n", "x\n", "NULL\r\n", "\u{0B}", "\u{0C}",
    ])
    func everyPlainKeyIsText(text: String) {
        #expect(YAMLSource.resolver.resolveTag(of: Node(text)) == .str)
    }

    private func compose(_ yaml: String) -> [String] {
        var bag = DiagnosticBag()
        _ = YAMLSource(file: SourceFile(path: "a.yaml", text: yaml)).compose(yaml, into: &bag)
        return bag.diagnostics.map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
    }

    @Test func aKeyIsGivenTwiceWhenItReadsAsTheSameText() {
        #expect(compose("a: 1\n\"a\": 2\n") == ["1:1 key 'a' is given twice"])
        #expect(compose("on: 1\nOn: 2\n") == [])
        #expect(compose("1: a\n\"1\": b\n") == ["1:1 key '1' is given twice"])
        #expect(compose("2023: a\n'2023': b\n") == ["1:1 key '2023' is given twice"])
        #expect(compose("yes: a\n'yes': b\n") == ["1:1 key 'yes' is given twice"])
        #expect(compose("yesno: a\n'yesno': b\n") == ["1:1 key 'yesno' is given twice"])
        #expect(compose("1: a\n01: b\n") == [])
    }
}
