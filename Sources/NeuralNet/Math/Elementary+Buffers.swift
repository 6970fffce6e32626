// Batch forms: one plain loop per function over contiguous memory, which the optimizer turns
// into vector code because the scalar bodies are inlined and branch-free. Each element gets
// exactly the scalar function's bits (the same operations in the same order, no FMA).

extension Elementary {
    /// Writes `exp(x[i])` to `y[i]` for every i; `x` and `y` must have the same count and may be
    /// the same memory.
    ///
    /// ```swift
    /// var values: [Double] = [0, 1, 2]
    /// values.withUnsafeMutableBufferPointer { Elementary.exp(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func exp(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        apply(x, into: y) { exp($0) }
    }

    /// Writes `tanh(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// let x: [Double] = [-1, 0, 1]
    /// var y = [Double](repeating: 0, count: 3)
    /// x.withUnsafeBufferPointer { xs in
    ///     y.withUnsafeMutableBufferPointer { Elementary.tanh(xs, into: $0) }
    /// }
    /// ```
    public static func tanh(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        apply(x, into: y) { tanh($0) }
    }

    /// Writes `sigmoid(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// var z: [Double] = [-2, 0, 2]
    /// z.withUnsafeMutableBufferPointer { Elementary.sigmoid(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func sigmoid(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        apply(x, into: y) { sigmoid($0) }
    }

    /// Writes `log(x[i])` to `y[i]` for every i; same rules as `exp(_:into:)`.
    ///
    /// ```swift
    /// var p: [Double] = [0.25, 0.5, 1]
    /// p.withUnsafeMutableBufferPointer { Elementary.log(UnsafeBufferPointer($0), into: $0) }
    /// ```
    public static func log(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>) {
        apply(x, into: y) { log($0) }
    }

    /// The shared loop; `@inline(__always)` so each caller gets its own specialized, vectorized copy.
    @inline(__always)
    static func apply(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                      _ f: (Double) -> Double) {
        precondition(x.count == y.count, "batch input has \(x.count) values, output \(y.count)")
        guard let input = x.baseAddress, let output = y.baseAddress else { return }
        for i in 0..<x.count {
            output[i] = f(input[i])
        }
    }
}
