import Testing
@testable import BantinCore

@Suite("NearestName")
struct NearestNameTests {
    @Test("suggests a likely typo", arguments: [
        ("titel", ["title", "date", "tags"], "title" as String?),
        ("propaganda_sesions", ["propaganda_sessions", "propaganda_attendees"], "propaganda_sessions"),
        ("huyen", ["tỉnh", "huyện", "xã"], "huyện"),
        ("TITLE", ["title"], "title"),
        ("xyz", ["title", "date"], nil),
        ("", ["a", "bcd"], "a"),
    ])
    func suggests(name: String, candidates: [String], expected: String?) {
        #expect(NearestName.suggest(for: name, among: candidates) == expected)
    }

    @Test func tiesGoToTheFirstInAlphabeticalOrder() {
        #expect(NearestName.suggest(for: "cat", among: ["cot", "bat", "car"]) == "bat")
    }

    @Test("edit distance over Unicode scalars", arguments: [
        ("", "", 0), ("abc", "", 3), ("", "ab", 2), ("kitten", "sitting", 3), ("huyen", "huyện", 1), ("Đạ", "Da", 2),
    ])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(NearestName.editDistance(a, b) == distance)
    }
}
