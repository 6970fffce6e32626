import Foundation

/// numpy's legacy global generator (`np.random.seed` / `RandomState`), reproduced bit for bit.
///
/// A Mersenne Twister (MT19937) seeded the way `np.random.seed(int)` seeds it, with numpy's legacy
/// ways of turning its 32-bit words into doubles, Gaussians, bounded integers and permutations. The
/// same seed and the same sequence of calls give exactly numpy's numbers, so a notebook can
/// reproduce an article written with numpy (`np.random.seed(1); make_moons(60, noise=1.0)`).
///
/// ```swift
/// var random = NumpyRandom(seed: 3)
/// let weights = random.randn(rows: 4, columns: 2)  // np.random.seed(3); np.random.randn(4, 2)
/// random.randomSample()                            // np.random.random_sample()
/// ```
public struct NumpyRandom: Sendable {
    // MARK: - MT19937 state

    private static let stateLength = 624
    private static let shiftSize = 397
    private var state: [UInt32]
    private var position: Int
    /// The second Gaussian of the last polar-method pair, returned by the next `standardNormal()`.
    private var cachedGaussian: Double?

    /// A generator in the state `np.random.seed(seed)` leaves numpy's global generator in.
    ///
    /// numpy seeds an integer with the reference `init_genrand` recurrence (not `init_by_array`):
    /// `mt[0] = seed`, `mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] >> 30)) + i` modulo 2³².
    public init(seed: UInt32) {
        var state = [UInt32](repeating: 0, count: Self.stateLength)
        state[0] = seed
        for i in 1..<Self.stateLength {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        self.state = state
        self.position = Self.stateLength
        self.cachedGaussian = nil
    }

    /// Puts the generator back into the state `np.random.seed(seed)` gives, dropping any cached Gaussian.
    ///
    /// ```swift
    /// random.reseed(3)  // np.random.seed(3)
    /// ```
    public mutating func reseed(_ seed: UInt32) {
        self = NumpyRandom(seed: seed)
    }

    // MARK: - Raw words

    /// The next 32-bit output of the Mersenne Twister (`RandomState.randint` draws these words).
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 5489)
    /// random.nextUInt32()  // 3499211612, the reference implementation's first output
    /// ```
    public mutating func nextUInt32() -> UInt32 {
        if position >= Self.stateLength { regenerate() }
        var y = state[position]
        position += 1
        // Tempering, as in the reference MT19937.
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// Refills all 624 words at once (the reference `genrand` twist).
    private mutating func regenerate() {
        let n = Self.stateLength, m = Self.shiftSize
        let upperMask: UInt32 = 0x8000_0000, lowerMask: UInt32 = 0x7FFF_FFFF
        let matrixA: UInt32 = 0x9908_B0DF
        state.withUnsafeMutableBufferPointer { mt in
            for k in 0..<n {
                let y = (mt[k] & upperMask) | (mt[(k + 1) % n] & lowerMask)
                mt[k] = mt[(k + m) % n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrixA)
            }
        }
        position = 0
    }

    /// Two words glued high then low, as numpy's legacy 64-bit draw does.
    private mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        return (high << 32) | UInt64(nextUInt32())
    }

    // MARK: - Doubles

    /// A double uniform in [0, 1) with 53 random bits (`np.random.random_sample()`).
    ///
    /// Formula: `((a >> 5) · 2²⁶ + (b >> 6)) / 2⁵³` for two consecutive words `a`, `b`.
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 0)
    /// random.randomSample()  // 0.5488135039273248, as np.random.seed(0); np.random.random_sample()
    /// ```
    public mutating func randomSample() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// A double uniform in [low, high) (`np.random.uniform(low, high)`): `low + (high − low) · u`.
    ///
    /// ```swift
    /// random.uniform(low: -5, high: 5)
    /// ```
    public mutating func uniform(low: Double, high: Double) -> Double {
        low + (high - low) * randomSample()
    }

    /// A standard Gaussian by numpy's legacy polar (Marsaglia) method (`np.random.standard_normal()`).
    ///
    /// Draws `x₁, x₂` uniform in (−1, 1) until `0 < r² = x₁² + x₂² < 1`, then with
    /// `f = √(−2 ln r² / r²)` returns `f·x₂` and keeps `f·x₁` for the next call. A reseed drops the
    /// kept value, as `np.random.seed` does.
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 0)
    /// random.standardNormal()  // 1.764052345967664
    /// ```
    public mutating func standardNormal() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * randomSample() - 1.0
            x2 = 2.0 * randomSample() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// A Gaussian with the given mean and standard deviation (`np.random.normal(loc, scale)`):
    /// `mean + standardDeviation · z`.
    ///
    /// ```swift
    /// random.normal(mean: 0, standardDeviation: 0.2)
    /// ```
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        mean + standardDeviation * standardNormal()
    }

    /// A matrix of standard Gaussians filled row by row (`np.random.randn(rows, columns)`).
    ///
    /// ```swift
    /// var random = NumpyRandom(seed: 3)
    /// let w = random.randn(rows: 10, columns: 2)  // then divide by √2 for the article's weights
    /// ```
    public mutating func randn(rows: Int, columns: Int) -> Matrix {
        var values: [Double] = []
        values.reserveCapacity(rows * columns)
        for _ in 0..<(rows * columns) { values.append(standardNormal()) }
        return Matrix(rows: rows, columns: columns, values: values)
    }

    // MARK: - Integers and permutations

    /// An integer uniform in 0...max, inclusive, by numpy's legacy masked rejection (`rk_interval`).
    ///
    /// Masks each draw to the smallest all-ones bit pattern covering `max` and rejects results above
    /// `max`; one 32-bit word per try when `max` fits in 32 bits, two glued words otherwise.
    ///
    /// ```swift
    /// random.interval(5)  // one of 0, 1, 2, 3, 4, 5
    /// ```
    public mutating func interval(_ max: UInt) -> UInt {
        if max == 0 { return 0 }
        // Smear the top bit down: the smallest 2^k − 1 that is ≥ max.
        var mask = UInt64(max)
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        var value: UInt64
        if max <= UInt(UInt32.max) {
            repeat { value = UInt64(nextUInt32()) & mask } while value > UInt64(max)
        } else {
            repeat { value = nextUInt64() & mask } while value > UInt64(max)
        }
        return UInt(value)
    }

    /// Shuffles in place as numpy's legacy `shuffle` does for a 1-D array.
    ///
    /// Fisher–Yates from the end: for i = n−1 down to 1, swap element i with element `interval(i)`.
    ///
    /// ```swift
    /// var indices = Array(0..<60)
    /// random.shuffle(&indices)  // np.random.shuffle(np.arange(60))
    /// ```
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, through: 1, by: -1) {
            let j = Int(interval(UInt(i)))
            array.swapAt(i, j)
        }
    }

    /// A random ordering of 0..<n (`np.random.permutation(n)`: `arange(n)` shuffled).
    ///
    /// ```swift
    /// random.permutation(5)  // e.g. [2, 0, 1, 4, 3]
    /// ```
    public mutating func permutation(_ n: Int) -> [Int] {
        precondition(n >= 0, "negative permutation length \(n)")
        var indices = Array(0..<n)
        shuffle(&indices)
        return indices
    }
}
