import Foundation

/// Tick positions and their labels for one axis.
///
/// Linear ticks step by 1, 2 or 5 times a power of ten, chosen so that about `target` of them fall
/// in the range; every label uses the same number of decimals. Logarithmic ticks sit on powers
/// of ten, with 2× and 5× added when the range spans fewer than two decades.
///
/// ```swift
/// let ticks = Ticks.linear(-3.2...4.7)
/// ticks.values   // [-2, 0, 2, 4]
/// ticks.labels   // ["−2", "0", "2", "4"]
/// ```
public struct Ticks: Equatable, Sendable {
    public var values: [Double]
    public var labels: [String]

    /// Nice linear ticks inside `range`.
    public static func linear(_ range: ClosedRange<Double>, target: Int = 5) -> Ticks {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else {
            return Ticks(values: [range.lowerBound], labels: [NumberFormat.significant(range.lowerBound)])
        }
        let step = niceStep(for: range, target: max(1, target))
        let first = (range.lowerBound / step).rounded(.up), last = (range.upperBound / step).rounded(.down)
        // k · m / 10ⁿ with integer k and m, so that 3 × 0.1 is 0.3 and not 0.30000000000000004.
        let power = pow(10, -step.log10Floor)
        let values = stride(from: first, through: last, by: 1).map { k in
            power > 1 ? k * (step * power).rounded() / power : k * step
        }
        let decimals = max(0, -Int(step.log10Floor))
        return Ticks(values: values, labels: values.map { typographic(NumberFormat.fixed($0, decimals: decimals)) })
    }

    /// Ticks at powers of ten inside `range` (which must be positive), with 2× and 5× multiples
    /// when fewer than three powers of ten fall inside, and only every k-th power of ten when
    /// more than ten would (a diverging loss can span hundreds of decades).
    public static func logarithmic(_ range: ClosedRange<Double>) -> Ticks {
        precondition(range.lowerBound > 0, "a logarithmic axis needs a positive range")
        let upper = min(range.upperBound, .greatestFiniteMagnitude)
        let low = range.lowerBound.log10Floor, high = upper.log10Floor
        let every = max(1, ((high - low + 1) / 10).rounded(.up))
        let decades = stride(from: (low / every).rounded(.up) * every, through: high, by: every).map { $0 }
        let multiples: [Double] = decades.filter { range.contains(pow(10, $0)) }.count >= 3 || every > 1 ? [1] : [1, 2, 5]
        var values: [Double] = []
        for exponent in decades {
            for multiple in multiples {
                let value = multiple * pow(10, exponent)
                if range.contains(value) { values.append(value) }
            }
        }
        return Ticks(values: values, labels: values.map { NumberFormat.significant($0, 1) })
    }

    /// A label with a true minus sign (U+2212), as typeset figures have, rather than a hyphen.
    static func typographic(_ label: String) -> String {
        label.hasPrefix("-") ? "\u{2212}" + label.dropFirst() : label
    }

    /// Of the nice steps (1, 2, 5 or 10 × 10ᵏ) around span / target, the one whose tick count is
    /// nearest `target`; ties go to the larger step.
    static func niceStep(for range: ClosedRange<Double>, target: Int) -> Double {
        let power = pow(10, ((range.upperBound - range.lowerBound) / Double(target)).log10Floor)
        var best = 10 * power, bestDistance = Int.max
        for step in [10 * power, 5 * power, 2 * power, power] {
            let count = Int((range.upperBound / step).rounded(.down) - (range.lowerBound / step).rounded(.up)) + 1
            if abs(count - target) < bestDistance {
                best = step
                bestDistance = abs(count - target)
            }
        }
        return best
    }
}
