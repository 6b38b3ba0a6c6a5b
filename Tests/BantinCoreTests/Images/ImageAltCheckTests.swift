import BantinMarkdown
import Testing
@testable import BantinCore

@Suite("ImageAltCheck")
struct ImageAltCheckTests {
    private func problems(_ body: String) -> [String] {
        let file = SourceFile(path: "content/articles/a.md", text: "---\ntitle: A\n---\n\n" + body)
        return ImageAltCheck.check(MarkdownParser.parse(body), in: file, bodyLine: 5).map {
            "\($0.location!.line):\($0.location!.column)+\($0.location!.length) \($0.message)"
        }
    }

    @Test func everyPictureWithoutWordsIsAnErrorAtItsFileNameInOrder() {
        #expect(problems("![ ](https://e.vn/a.jpg)\n\nChữ ![](b.png).\n") == [
            "5:6+18 the picture 'https://e.vn/a.jpg' has no alternative text",
            "7:9+5 the picture 'b.png' has no alternative text",
        ])
    }

    @Test func aDescribedOrDecorativePictureIsFine() {
        #expect(problems("![Hội nghị](a.jpg)\n\n![](vien.png \"Trang trí\")\n\n![**Đậm**](b.jpg)\n") == [])
    }

    @Test func aCaptionIsNotAlternativeText() {
        #expect(problems("![](a.jpg \"Quang cảnh hội nghị\")\n") == ["5:5+5 the picture 'a.jpg' has no alternative text"])
    }
}
