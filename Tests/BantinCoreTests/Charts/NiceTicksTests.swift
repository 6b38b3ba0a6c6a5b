import Testing
@testable import BantinCore

@Suite("NiceTicks")
struct NiceTicksTests {
    @Test("1-2-5 steps covering the data", arguments: [
        (0.0, 655.0, 5, [0.0, 100, 200, 300, 400, 500, 600, 700], 100.0, 0),
        (0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1], 0.2, 1),
        (3, 3, 5, [2, 2.5, 3, 3.5, 4], 0.5, 1),
        (0, 0, 5, [0, 0.2, 0.4, 0.6, 0.8, 1], 0.2, 1),
        (6003, 6003, 5, [5000, 5500, 6000, 6500, 7000, 7500], 500, 0),
        (-655, -10, 5, [-700, -600, -500, -400, -300, -200, -100, 0], 100, 0),
        (-50, 120, 5, [-50, 0, 50, 100, 150], 50, 0),
        (655, 0, 5, [0, 100, 200, 300, 400, 500, 600, 700], 100, 0),
        (0, 1.5, 5, [0, 0.5, 1, 1.5], 0.5, 1),
        (0.1, 0.3, 5, [0.1, 0.15, 0.2, 0.25, 0.3], 0.05, 2),
        (0, 1e12, 5, [0, 2e11, 4e11, 6e11, 8e11, 1e12], 2e11, 0),
        (590, 655, 5, [590, 600, 610, 620, 630, 640, 650, 660], 10, 0),
        (0, 655, 0, [0, 500, 1000], 500, 0),
        (0, 655, 10, [0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600, 650, 700], 50, 0),
        (.nan, 5, 5, [0, 0.2, 0.4, 0.6, 0.8, 1], 0.2, 1),
    ])
    func ticks(min: Double, max: Double, target: Int, expected: [Double], step: Double, fractionDigits: Int) {
        let ticks = NiceTicks(min: min, max: max, targetCount: target)
        #expect(ticks.values == expected)
        #expect(ticks.step == step)
        #expect(ticks.fractionDigits == fractionDigits)
    }

    @Test("first tick at or below the data, last at or above", arguments: [
        (0.0, 655.0), (-3.7, 12.2), (0.001, 0.0042), (1234.5, 98_765.4), (-1e9, -2), (17, 17), (-0.3, 0.3),
    ])
    func covers(min: Double, max: Double) {
        let ticks = NiceTicks(min: min, max: max)
        #expect(ticks.lower <= min)
        #expect(ticks.upper >= max)
        #expect(ticks.values.count >= 2)
        #expect(ticks.values == ticks.values.sorted())
    }

    @Test func ticksHaveNoNegativeZero() {
        #expect(NiceTicks(min: -1, max: 1).values.allSatisfy { $0 != 0 || $0.sign == .plus })
    }

    @Test func labelsWithCompactFormat() {
        let labels = NiceTicks(min: 0, max: 2_400_000).values.map { VietnameseNumberFormat.compact($0) }
        #expect(labels == ["0", "500.000", "1 triệu", "1,5 triệu", "2 triệu", "2,5 triệu"])
    }
}
