import Foundation

/// How an axis maps data values to positions: evenly, or by powers of ten.
public enum Scale: Equatable, Sendable {
    case linear
    /// Logarithmic; values at or below zero are not drawn.
    case logarithmic

    /// Where `value` lies along `domain`, from 0 at its lower bound to 1 at its upper bound.
    func fraction(_ value: Double, in domain: ClosedRange<Double>) -> Double {
        switch self {
        case .linear:
            return (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        case .logarithmic:
            guard value > 0 else { return .nan }
            // Differences of logarithms, not logarithms of ratios: a diverging loss's domain can
            // span 10^-308…10^308, whose ratio overflows to infinity.
            let low = log10(domain.lowerBound)
            return (log10(value) - low) / (log10(domain.upperBound) - low)
        }
    }

    /// The range of `values` widened by `margin` of its span on each side (a factor on log axes),
    /// or a unit range around a single value.
    func paddedDomain(_ values: [Double], margin: Double) -> ClosedRange<Double> {
        let usable = values.filter { $0.isFinite && (self == .linear || $0 > 0) }
        guard var low = usable.min(), var high = usable.max() else {
            return self == .linear ? 0...1 : 0.1...1
        }
        switch self {
        case .linear:
            if low == high { (low, high) = (low - 1, high + 1) }
            let pad = min((high - low) * margin, .greatestFiniteMagnitude)
            return max(low - pad, -.greatestFiniteMagnitude)...min(high + pad, .greatestFiniteMagnitude)
        case .logarithmic:
            if low == high { (low, high) = (low / 10, high * 10) }
            // A diverging loss can span the whole double range: keep the padded ends finite.
            let factor = pow(min(high / low, .greatestFiniteMagnitude), margin)
            return max(low / factor, .leastNormalMagnitude)...min(high * factor, .greatestFiniteMagnitude)
        }
    }

    func ticks(_ domain: ClosedRange<Double>, target: Int) -> Ticks {
        switch self {
        case .linear: Ticks.linear(domain, target: target)
        case .logarithmic: Ticks.logarithmic(domain)
        }
    }
}
