/// One token of a TeX formula, with its place in the formula counted in Unicode scalars.
struct TeXToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `\frac` has the name `frac`; `\,` has the name `,`; `\\` has the name `\`.
        case command(String)
        /// An ASCII letter.
        case letter(String)
        /// One ASCII digit; the parser joins runs of digits into numbers.
        case digit(String)
        case openBrace
        case closeBrace
        case caret
        case underscore
        case ampersand
        case prime
        case tilde
        /// A run of white space; ignored in math, kept inside `\text{}`.
        case space
        /// Any other character, with any combining marks that follow it.
        case character(String)
    }

    var kind: Kind
    var offset: Int
    var length: Int

    /// The token as written, for messages.
    var spelling: String {
        switch kind {
        case .command(let name): "\\" + name
        case .letter(let text), .digit(let text), .character(let text): text
        case .openBrace: "{"
        case .closeBrace: "}"
        case .caret: "^"
        case .underscore: "_"
        case .ampersand: "&"
        case .prime: "'"
        case .tilde: "~"
        case .space: " "
        }
    }

    var commandName: String? {
        if case .command(let name) = kind { name } else { nil }
    }

    var isSpace: Bool { kind == .space }
}
