import NotebookLanguage
import Spelling
/// The options on an nn block's info line, after the word `nn`.
///
/// ````markdown
/// ```nn hide caption="Loss of \"h = 50\"" label=fig:loss size=640x360
/// ````
///
/// gives `isHidden == true`, `caption == "Loss of \"h = 50\""`, `label == "fig:loss"` and
/// `size == FigureSize(width: 640, height: 360)`.
struct NNBlockOptions: Equatable, Sendable {
    /// `hide`: show only the block's results, not its source.
    var isHidden = false
    /// `quiet`: show nothing of the block, neither source nor results (setup and checks); its
    /// expectations still fail the build and its warnings still reach the build log.
    var isQuiet = false
    /// `caption="…"`, with `\"` and `\\` unescaped.
    var caption: String?
    /// `label=fig:NAME`, kept whole (`"fig:NAME"`), as `@fig:NAME` references name it.
    var label: String?
    /// `size=WxH`, in CSS pixels.
    var size: FigureSize?

    init(isHidden: Bool = false, caption: String? = nil, label: String? = nil, size: FigureSize? = nil) {
        self.isHidden = isHidden
        self.caption = caption
        self.label = label
        self.size = size
    }

    /// The option names, in the documentation's order.
    static let knownNames = ["hide", "quiet", "caption", "label", "size"]
    /// The largest figure width or height, in CSS pixels.
    static let maximumSize = 10_000
}

/// A figure's width and height in CSS pixels.
struct FigureSize: Hashable, Sendable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

extension NNBlockOptions {
    /// Parses `text`, the info line after `nn`, whose first scalar is at `start` in the file.
    ///
    /// Reads the raw source line rather than cmark's info string, which has already unescaped
    /// backslashes. Problems are appended to `diagnostics`; the options read so far are kept.
    init(parsing text: Substring, at start: SourceLocation, diagnostics: inout [Diagnostic]) {
        self.init()
        let scalars = Array(text.unicodeScalars)
        var seen: [String] = []
        var position = 0
        func location(_ offset: Int) -> SourceLocation {
            SourceLocation(file: start.file, line: start.line, column: start.column + offset)
        }
        while position < scalars.count {
            if scalars[position].properties.isWhitespace { position += 1; continue }
            let tokenStart = position
            while position < scalars.count, scalars[position] != "=", !scalars[position].properties.isWhitespace {
                position += 1
            }
            let name = String(String.UnicodeScalarView(scalars[tokenStart..<position]))
            var value: String?
            var valueStart = position
            if position < scalars.count, scalars[position] == "=" {
                position += 1
                valueStart = position
                if position < scalars.count, scalars[position] == "\"" {
                    switch Self.readString(scalars, from: &position) {
                    case .success(let string): value = string
                    case .failure(let problem):
                        diagnostics.append(.error(at: location(problem.offset), problem.message))
                        return
                    }
                } else {
                    while position < scalars.count, !scalars[position].properties.isWhitespace { position += 1 }
                    value = String(String.UnicodeScalarView(scalars[valueStart..<position]))
                }
            }
            let nameLength = name.unicodeScalars.count
            if seen.contains(name) {
                diagnostics.append(.error(at: location(tokenStart), "duplicate option '\(name)'", length: nameLength))
                continue
            }
            seen.append(name)
            if let problem = apply(name: name, value: value, isQuoted: valueStart < scalars.count && scalars[valueStart] == "\"") {
                let at = problem.atValue ? valueStart : tokenStart
                diagnostics.append(.error(at: location(at), problem.message, hint: problem.hint,
                                          length: problem.atValue ? position - valueStart : nameLength))
            }
        }
    }

    private struct Problem {
        var message: String
        var hint: String?
        var atValue = false
    }

    /// Sets one option, or says what is wrong with it.
    private mutating func apply(name: String, value: String?, isQuoted: Bool) -> Problem? {
        switch name {
        case "hide":
            guard value == nil else { return Problem(message: "option 'hide' takes no value", atValue: true) }
            isHidden = true
        case "quiet":
            guard value == nil else { return Problem(message: "option 'quiet' takes no value", atValue: true) }
            isQuiet = true
        case "caption":
            guard let value, isQuoted else {
                return Problem(message: "option 'caption' needs a quoted text", hint: "write caption=\"…\"")
            }
            caption = value
        case "label":
            guard let value, value.hasPrefix("fig:"), FigureReference.isValidName(value.dropFirst(4)) else {
                return Problem(message: "option 'label' must be fig:NAME",
                               hint: "NAME is letters and digits (of any script), '_' and '-', e.g. label=fig:moons", atValue: value != nil)
            }
            label = value
        case "size":
            let parts = value?.split(separator: "x", omittingEmptySubsequences: false) ?? []
            guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
                  width > 0, height > 0, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }) else {
                return Problem(message: "option 'size' must be WIDTHxHEIGHT in pixels",
                               hint: "e.g. size=480x360", atValue: value != nil)
            }
            guard width <= Self.maximumSize, height <= Self.maximumSize else {
                return Problem(message: "option 'size' must be at most \(Self.maximumSize)x\(Self.maximumSize) pixels",
                               hint: "sizes are CSS pixels, e.g. size=480x360", atValue: true)
            }
            size = FigureSize(width: width, height: height)
        default:
            return Problem(message: "unknown block option '\(name)'",
                           hint: Spelling.didYouMean(name, among: Self.knownNames)
                               ?? "options are " + Self.knownNames.joined(separator: ", "))
        }
        return nil
    }

    /// Reads a `"…"` string starting at `position` (the opening quote), leaving `position` after it.
    private static func readString(
        _ scalars: [Unicode.Scalar], from position: inout Int
    ) -> Result<String, StringProblem> {
        let opening = position
        var result = String.UnicodeScalarView()
        position += 1
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "\"" {
                position += 1
                return .success(String(result))
            }
            if scalar == "\\" {
                guard position + 1 < scalars.count, scalars[position + 1] == "\"" || scalars[position + 1] == "\\" else {
                    return .failure(StringProblem(offset: position, message: "unknown escape in text; use \\\" or \\\\"))
                }
                result.append(scalars[position + 1])
                position += 2
                continue
            }
            result.append(scalar)
            position += 1
        }
        return .failure(StringProblem(offset: opening, message: "unterminated text; close it with '\"'"))
    }

    private struct StringProblem: Error {
        var offset: Int
        var message: String
    }
}
