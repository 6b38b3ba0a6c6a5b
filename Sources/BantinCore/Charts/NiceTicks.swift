/// Axis ticks on "nice" values, by Heckbert's 1-2-5 rule.
///
/// Readers compare bars against round gridlines (0, 100, 200…), not against
/// 0, 131, 262…; the first tick is at or below the data and the last at or above it,
/// so no bar sticks out of the axis.
public struct NiceTicks: Equatable, Sendable {
    /// Tick values in increasing order, at least two.
    public let values: [Double]
    /// Distance between ticks: 1, 2 or 5 × 10^k.
    public let step: Double
    /// Decimals needed to write every tick exactly (0 for steps ≥ 1).
    public let fractionDigits: Int

    /// Ticks covering `min...max` with about `targetCount` intervals.
    ///
    /// The step is the raw interval (range / target) rounded to the nearest 1, 2 or 5 × 10^k,
    /// so 0…655 with 5 gives 0, 100, …, 700 and 0…1 gives 0, 0.2, …, 1. A single value v
    /// is widened by the power of ten below it (3 → 2…4, 0 → 0…1); bounds in either order
    /// are accepted; non-finite bounds give 0…1.
    public init(min: Double, max: Double, targetCount: Int = 5) {
        var lower = Swift.min(min, max)
        var upper = Swift.max(min, max)
        if !lower.isFinite || !upper.isFinite {
            lower = 0
            upper = 1
        }
        if lower == upper {
            if lower == 0 {
                upper = 1
            } else {
                let widening = Self.powerOfTen(Self.floorLog10(lower.magnitude))
                lower -= widening
                upper += widening
            }
        }
        let raw = (upper - lower) / Double(Swift.max(1, targetCount))
        var exponent = Self.floorLog10(raw)
        // The tolerance puts a fraction at a boundary (0.3 / 0.1 = 2.9999999999999996) on the
        // side exact arithmetic would: 3 rounds up to 5, as in Heckbert's rule.
        let fraction = raw / Self.powerOfTen(exponent) + 1e-9
        var mantissa: Double
        switch fraction {
        case ..<1.5: mantissa = 1
        case ..<3: mantissa = 2
        case ..<7: mantissa = 5
        default:
            mantissa = 1
            exponent += 1
        }
        // k × mantissa is an exact integer and 10^|exponent| an exact power of ten, so one
        // multiplication or division gives the double nearest the decimal tick: 0.6, not 0.6000000000000001.
        func tick(_ k: Double) -> Double {
            exponent >= 0 ? k * mantissa * Self.powerOfTen(exponent) : k * mantissa / Self.powerOfTen(-exponent)
        }
        let step = tick(1)
        var first = (lower / step).rounded(.down)
        if tick(first + 1) <= lower { first += 1 }
        var last = (upper / step).rounded(.up)
        if tick(last - 1) >= upper { last -= 1 }
        if last <= first { last = first + 1 }
        let count = Swift.min(Int(last - first), 1000)
        self.values = (0...count).map { tick(first + Double($0)) }.map { $0 == 0 ? 0 : $0 }
        self.step = step
        self.fractionDigits = Swift.max(0, -exponent)
    }

    /// The lowest tick, at or below the data.
    public var lower: Double { values[0] }
    /// The highest tick, at or above the data.
    public var upper: Double { values[values.count - 1] }

    /// floor(log10(x)) for positive finite x (0 otherwise), without libm.
    ///
    /// An estimate that is off by one near a power of ten is harmless: the fraction then
    /// lands just under 1 or at 10, and the 1-2-5 switch above still picks the same step.
    private static func floorLog10(_ x: Double) -> Int {
        guard x > 0, x.isFinite else { return 0 }
        var exponent = 0
        var scaled = x
        while scaled >= 10 {
            scaled /= 10
            exponent += 1
        }
        while scaled < 1 {
            scaled *= 10
            exponent -= 1
        }
        return exponent
    }

    /// 10^exponent, exact for |exponent| ≤ 22.
    private static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent.magnitude { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
