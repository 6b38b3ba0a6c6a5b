import Testing
@testable import BantinCore

@Suite("ArticleSummary")
struct ArticleSummaryTests {
    @Test func aShortParagraphIsKeptWhole() {
        let text = "Ngày 26/5, Công an huyện Lâm Hà tổng kết phong trào."
        #expect(ArticleSummary.from(firstParagraph: text) == text)
        let exactly = String(repeating: "a", count: ArticleSummary.limit)
        #expect(ArticleSummary.from(firstParagraph: exactly) == exactly)
    }

    @Test func aLongParagraphKeepsTheSentencesThatFit() {
        let first = "Ngày 26/5, Công an huyện Lâm Hà tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc."
        let second = "Hội nghị có 1.200 đại biểu dự, đông hơn mọi năm trước!"
        let third = "Nhiều mô hình tự quản ở khu dân cư được khen thưởng, như tổ tự quản về an ninh trật tự ở thôn Đạ Đờn, xã Đạ Đờn và tổ hòa giải ở thị trấn Nam Ban."
        #expect((first + " " + second).count < ArticleSummary.limit)
        #expect(ArticleSummary.from(firstParagraph: first + " " + second + " " + third) == first + " " + second)
    }

    @Test func aFirstSentenceTooLongEndsAtAWordWithAnEllipsis() {
        let words = Array(repeating: "phong trào toàn dân", count: 20).joined(separator: ", ")
        let summary = ArticleSummary.from(firstParagraph: words + ".")
        #expect(summary == String(repeating: "phong trào toàn dân, ", count: 9) + "phong trào…")
        #expect(summary.count == ArticleSummary.limit)
        // NFD text is cut at characters, never inside one.
        let decomposed = ArticleSummary.from(firstParagraph: (words + ".").decomposedStringWithCanonicalMapping)
        #expect(decomposed.precomposedStringWithCanonicalMapping == summary)
    }
}
