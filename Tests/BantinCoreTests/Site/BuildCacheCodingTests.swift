import Foundation
import Testing
@testable import BantinCore

@Suite("BuildCacheCoding")
struct BuildCacheCodingTests {
    static let cache = BuildCache(format: BuildCache.format, globals: "0123456789abcdef", articles: [
        "content/articles/2024/lâm-hà.md": .init(fingerprint: "120-1700000000.5-42", slug: "lam-ha", metadata: "fedcba9876543210",
                                                outputs: ["bai-viet/lam-ha/index.html", "bai-viet/lam-ha/ảnh 1.jpg"]),
        "content/articles/2024/nhap.md": .init(fingerprint: "7-1-1", slug: "", metadata: nil, outputs: []),
    ], localitiesWithPages: ["lam-dong", "lam-dong/lam-ha", "lam-dong@2025"], outputs: ["index.html", "bai-viet/lam-ha/index.html"], output: "/srv/bản tin/public",
       search: ["content/articles/2024/lâm-hà.md", "Lâm Hà", "bai-viet/lam-ha/index.html", "26/05/2023", "Huyện Lâm Hà", "Lâm Đồng\nan ninh", "Thân bài.", ""],
       searchFiles: ["tim-kiem/chi-muc.js", "0123456789abcdef"],
       units: ["home/1": "00112233aabbccdd", "locality/lam-dong/lam-ha": "ffeeddcc99887766"])

    @Test func aCacheReadsBackAsItWasWritten() {
        #expect(BuildCacheCoding.decode(BuildCacheCoding.encode(Self.cache)) == Self.cache)
        var bare = Self.cache
        bare.output = nil
        bare.articles = [:]
        bare.outputs = []
        bare.localitiesWithPages = []
        bare.search = []
        bare.searchFiles = []
        bare.units = [:]
        #expect(BuildCacheCoding.decode(BuildCacheCoding.encode(bare)) == bare)
    }

    /// Fields end with NUL; lists start with their count; signatures and articles come sorted by key.
    @Test func theBytesAreFieldsEndedByNul() {
        var small = Self.cache
        small.articles = ["b.md": .init(fingerprint: "f", slug: "b", metadata: nil, outputs: ["x"]),
                          "a.md": .init(fingerprint: "e", slug: "a", metadata: "m", outputs: [])]
        small.localitiesWithPages = ["l"]
        small.outputs = ["o1", "o2"]
        small.output = nil
        small.search = ["s"]
        small.searchFiles = []
        small.units = ["tags": "t", "feed": "f"]
        let text = String(decoding: BuildCacheCoding.encode(small), as: UTF8.self).replacingOccurrences(of: "\0", with: "|")
        #expect(text == "\(BuildCache.format)|0123456789abcdef||1|l|2|o1|o2|1|s|0|4|feed|f|tags|t|2|a.md|e|a|m|0|b.md|f|b||1|x|")
    }

    @Test func anythingThatDoesNotReadBackWholeGivesNoCache() {
        let data = BuildCacheCoding.encode(Self.cache)
        #expect(BuildCacheCoding.decode(data.dropLast()) == nil)
        #expect(BuildCacheCoding.decode(data.prefix(data.count / 2)) == nil)
        #expect(BuildCacheCoding.decode(data + Data("x\0".utf8)) == nil)
        #expect(BuildCacheCoding.decode(Data()) == nil)
        #expect(BuildCacheCoding.decode(Data("{\"format\": \"bantin-cache-1\"}".utf8)) == nil)
        var old = Self.cache
        old.format = "bantin-cache-1"
        #expect(BuildCacheCoding.decode(BuildCacheCoding.encode(old)) == nil)
        let huge = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\02\0index.html", with: "\099999999\0index.html")
        #expect(BuildCacheCoding.decode(Data(huge.utf8)) == nil)
        var invalid = data
        invalid[invalid.startIndex + 2] = 0xFF
        #expect(BuildCacheCoding.decode(invalid) == nil)
    }
}
