import Testing
@testable import BantinCore

@Suite("LocalityReference")
struct LocalityReferenceTests {
    let place = SourceLocation(file: "content/articles/2023/lam-ha.md", line: 4, column: 11, length: 9)

    @Test func unknownWithASuggestion() {
        let diagnostic = LocalityReference.diagnostic(for: .unknown(suggestion: "lam-dong/lam-ha"), reference: "lam-ha-x", at: place)
        #expect(diagnostic == .error("unknown locality 'lam-ha-x'", at: place, hint: "did you mean 'lam-dong/lam-ha'?"))
    }

    @Test func unknownWithoutASuggestion() {
        let diagnostic = LocalityReference.diagnostic(for: .unknown(suggestion: nil), reference: "ha-noi", at: place)
        #expect(diagnostic == .error("unknown locality 'ha-noi'", at: place,
                                     hint: "add it to content/localities.yaml, or write its path like 'lam-dong/lam-ha'"))
    }

    @Test func ambiguousNamesEveryCandidate() {
        let diagnostic = LocalityReference.diagnostic(for: .ambiguous(candidates: ["a/x", "b/x", "c/x"]), reference: "x", at: place)
        #expect(diagnostic == .error("locality 'x' is ambiguous", at: place,
                                     notes: [.init("could be 'a/x'"), .init("could be 'b/x'"), .init("could be 'c/x'")],
                                     hint: "write its full path: 'a/x' or 'b/x' or 'c/x'"))
    }
}
