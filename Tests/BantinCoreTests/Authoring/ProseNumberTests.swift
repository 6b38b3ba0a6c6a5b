import Testing
@testable import BantinCore

@Suite("Numbers in prose")
struct ProseNumberTests {
    @Test func vietnameseNotationRatiosAndPercentagesAreRead() {
        let numbers = ProseNumber.scan("làm rõ 1.010/1.173 vụ (đạt 86,1%), tổ chức 6.003 buổi, trị giá 74,2 tỷ đồng.")
        #expect(numbers.map(\.text) == ["1.010", "86,1", "6.003", "74,2"])
        #expect(numbers.map(\.value.value) == [1010, 86.1, 6003, 74.2])
        #expect(numbers[0].of == WrittenNumber(value: 1173, fractionDigits: 0))
        #expect(numbers[0].column == 8)
        #expect(numbers[0].after == " vụ (đạt 86,1%), tổ chức 6.003 buổi, trị giá 74,2 tỷ đồng.")
        #expect(numbers[1].after.hasPrefix("%)"))
    }

    @Test func codesDatesAndNumbersGluedToLettersAreNotFigures() {
        #expect(ProseNumber.scan("mạng 4G, mã F0, số 06/CTr-CA-MT").map(\.text) == ["06"])
        // "2.6" cannot be Vietnamese notation (groups have three digits): a day and a month.
        #expect(ProseNumber.scan("vào sáng 2.6 và ngày 26/5").map(\.text) == ["26"])
    }

    @Test func aNumberIsFollowedByAUnitWhateverTheCaseAndNormalForm() {
        let number = ProseNumber.scan("có 367.486 Lượt người tham dự")[0]
        #expect(number.isFollowed(by: "lượt người"))
        #expect(number.isFollowed(by: "lượt"))
        #expect(!number.isFollowed(by: "lượt người dự"))
        #expect(number.isFollowed(by: "lượt người".decomposedStringWithCanonicalMapping))
        #expect(!ProseNumber.scan("6 buổii")[0].isFollowed(by: "buổi"))
        #expect(ProseNumber.scan("74,2 tỷ đồng")[0].isFollowed(by: "đồng"))
    }
}
