/// The model or network a statement uses: a name, or one member of a sweep (`rates[4]`, from 1).
///
/// Wherever a single model or network is accepted, so is a member of a sweep of them; a plain
/// name may also stand for a whole sweep where sweeps are accepted (`table`, `plot loss`).
///
/// ```swift
/// Subject("rates", member: 4).description   // "rates[4]"
/// let plain: Subject = "model"              // a name alone
/// ```
public struct Subject: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var name: String
    /// The member of a sweep, from 1; nil for the name itself.
    public var member: Int?

    public init(_ name: String, member: Int? = nil) {
        self.name = name
        self.member = member
    }

    public init(stringLiteral name: String) {
        self.init(name)
    }

    /// As written: `rates[4]`, or the name.
    public var description: String { member.map { "\(name)[\($0)]" } ?? name }
}
