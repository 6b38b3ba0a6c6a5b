import Foundation
import Testing
@testable import BantinCore

@Suite("ImagePlan")
struct ImagePlanTests {
    @Test func onlyPicturesWiderThanTheColumnGetCopiesNarrowerThanThemselves() {
        #expect(ImagePlan.widths(for: 704) == [])
        #expect(ImagePlan.widths(for: 705) == [480])
        #expect(ImagePlan.widths(for: 960) == [480])
        #expect(ImagePlan.widths(for: 4000) == [480, 960])
    }

    @Test func aCopyIsNamedAfterItsOriginalItsWidthAndTheOriginalsHash() {
        let data = Data("PICTURE 1200x800".utf8)
        let name = ImagePlan.variantName(of: "cho-dem.jpg", width: 480, contents: data)
        #expect(name == "cho-dem-480-\(StableHash.of(data).prefix(8)).webp")
        #expect(ImagePlan.variantName(of: ".jpg", width: 960, contents: data).hasPrefix(".jpg-960-"))
        #expect(ImagePlan.variantName(of: "cho-dem.png", width: 480, contents: Data("other".utf8)) != name)
    }

    @Test func theDecorativeTitleIsReadInEitherNormalizationAndCase() {
        #expect(ImagePlan.isDecorative(title: "trang trí"))
        #expect(ImagePlan.isDecorative(title: " Trang Trí "))
        #expect(ImagePlan.isDecorative(title: "trang tri\u{301}"))
        #expect(!ImagePlan.isDecorative(title: "trang trí đẹp"))
        #expect(!ImagePlan.isDecorative(title: ""))
    }
}
