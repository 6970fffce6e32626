extension Array where Element == Double {
    /// Evenly spaced values with numpy's `linspace` arithmetic, so the results match it bit for bit.
    ///
    /// numpy computes `i · step + start` with `step = (stop − start) / div`, where `div` is
    /// `count − 1` with the end point and `count` without; when `step` underflows to zero it uses
    /// `i / div · delta` instead; with the end point the last value is set to `stop` exactly.
    ///
    /// ```swift
    /// [Double].linspace(from: 0, to: .pi, count: 30)                          // np.linspace(0, np.pi, 30)
    /// [Double].linspace(from: 0, to: 2 * .pi, count: 30, includingEnd: false)  // endpoint=False
    /// ```
    static func linspace(from start: Double, to stop: Double, count: Int, includingEnd: Bool = true) -> [Double] {
        precondition(count >= 0, "negative linspace count \(count)")
        let div = includingEnd ? count - 1 : count
        let delta = stop - start
        var values = (0..<count).map(Double.init)
        if div > 0 {
            let step = delta / Double(div)
            if step == 0 {
                values = values.map { $0 / Double(div) * delta }
            } else {
                values = values.map { $0 * step }
            }
        } else {
            values = values.map { $0 * delta }
        }
        values = values.map { $0 + start }
        if includingEnd && count > 1 { values[count - 1] = stop }
        return values
    }
}
