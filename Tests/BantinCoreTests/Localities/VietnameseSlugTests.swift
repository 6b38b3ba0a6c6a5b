import Testing
@testable import BantinCore

@Suite("VietnameseSlug")
struct VietnameseSlugTests {
    @Test("the slug rule", arguments: [
        ("Đạ Đờn", "da-don"),
        ("Lâm Hà", "lam-ha"),
        ("Lâm Đồng", "lam-dong"),
        ("Phường 1", "phuong-1"),
        ("Thành phố Hồ Chí Minh", "thanh-pho-ho-chi-minh"),
        ("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"),
        ("Thừa Thiên Huế", "thua-thien-hue"),
        ("Cần Thơ", "can-tho"),
        ("Đắk Lắk", "dak-lak"),
        ("Ân Thi", "an-thi"),
        ("Bến Tre", "ben-tre"),
        ("Hồ Chí Minh", "ho-chi-minh"),
        ("Mường Tè", "muong-te"),
        ("Ơn Thành", "on-thanh"),
        ("ĐỨC TRỌNG", "duc-trong"),
        ("Ea H'leo", "ea-h-leo"),
        ("  Lâm Hà: Tổng kết 10 năm!  ", "lam-ha-tong-ket-10-nam"),
        ("Phường 10, Quận 3", "phuong-10-quan-3"),
        ("---", ""),
        ("", ""),
    ])
    func make(name: String, slug: String) {
        #expect(VietnameseSlug.make(name) == slug)
    }

    @Test func decomposedTextGivesTheSameSlug() {
        let decomposed = "Đạ Đờn".decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.unicodeScalars) != Array("Đạ Đờn".unicodeScalars))
        #expect(VietnameseSlug.make(decomposed) == "da-don")
    }

    @Test func tanHaAndTanHaCollide() {
        #expect(VietnameseSlug.make("Tân Hạ") == VietnameseSlug.make("Tân Hà"))
        #expect(VietnameseSlug.make("Tân Hạ") == "tan-ha")
    }

    @Test("isValid", arguments: [
        ("da-don", true),
        ("phuong-1", true),
        ("2024", true),
        ("Da-Don", false),
        ("da don", false),
        ("da--don", false),
        ("-da-don", false),
        ("da-don-", false),
        ("đạ-đờn", false),
        ("da_don", false),
        ("", false),
    ])
    func isValid(text: String, valid: Bool) {
        #expect(VietnameseSlug.isValid(text) == valid)
    }
}
