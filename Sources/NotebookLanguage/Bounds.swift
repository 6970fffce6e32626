/// Where a number may lie, with the wording of each bound for messages.
struct Bounds: Sendable {
    var lower: Double?
    var lowerIsStrict = false
    var upper: Double?
    var upperIsStrict = false

    /// In [lower, upper): momentum and Adam's betas.
    static func fraction() -> Bounds { Bounds(lower: 0, upper: 1, upperIsStrict: true) }

    static func atLeast(_ lower: Double, atMost upper: Double? = nil) -> Bounds {
        Bounds(lower: lower, upper: upper)
    }

    static func above(_ lower: Double, atMost upper: Double? = nil) -> Bounds {
        Bounds(lower: lower, lowerIsStrict: true, upper: upper)
    }

    static let any = Bounds()

    /// The broken rule, if `value` breaks one: "must be at least 1".
    func violation(_ value: Double) -> String? {
        if let lower {
            if lowerIsStrict && !(value > lower) { return "must be greater than \(format(lower))" }
            if !lowerIsStrict && !(value >= lower) { return "must be at least \(format(lower))" }
        }
        if let upper, upperIsStrict && !(value < upper) { return "must be less than \(format(upper))" }
        if let upper, !(value <= upper) { return "must be at most \(format(upper))" }
        return nil
    }

    private func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
