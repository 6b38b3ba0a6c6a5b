import Testing
@testable import BantinCore

@Suite("SVGAttribute")
struct SVGAttributeTests {
    @Test func keepsNameAndValue() {
        let attribute = SVGAttribute("stroke-width", 1.5)
        #expect(attribute.name == "stroke-width")
        #expect(attribute.value == .number(1.5))
        #expect(attribute.value.rendered == "1.5")
    }
}
