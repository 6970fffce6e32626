/// A mistake in a TeX formula, located in the formula's own text.
///
/// `offset` and `length` count Unicode scalars from the start of the TeX string given to
/// ``TeX/mathML(_:display:)``, so the notebook engine can add the formula's own position and
/// report `file:line:col`. The message is one lowercase phrase stating the rule; the hint is the
/// likely fix.
///
/// ```swift
/// do { _ = try TeX.mathML(#"\fac{1}{2}"#, display: false) }
/// catch { print(error.offset, error.message, error.hint ?? "") }
/// // 0 unsupported TeX command '\fac' did you mean '\frac'?
/// ```
public struct TeXError: Error, Equatable, Sendable {
    /// Where the offending part starts, in Unicode scalars from the start of the formula.
    public var offset: Int
    /// How many Unicode scalars the offending part spans (at least 1).
    public var length: Int
    /// One lowercase phrase, e.g. `unbalanced '{'`.
    public var message: String
    /// The likely fix, e.g. `did you mean '\frac'?`.
    public var hint: String?

    /// An error spanning `length` scalars from `offset`; a length below 1 counts as 1.
    public init(offset: Int, length: Int, _ message: String, hint: String? = nil) {
        self.offset = offset
        self.length = max(1, length)
        self.message = message
        self.hint = hint
    }

    init(at token: TeXToken, _ message: String, hint: String? = nil) {
        self.init(offset: token.offset, length: token.length, message, hint: hint)
    }
}
