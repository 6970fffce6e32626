import NotebookLanguage
import Yams
import Spelling

/// The front matter of one file: its value, how many leading lines it spans, and its errors.
struct FrontMatterBlock: Sendable {
    var frontMatter = FrontMatter()
    /// Lines 1…lineCount are the block, fences included (0 when there is none).
    var lineCount = 0
    var diagnostics: [Diagnostic] = []

    /// Reads the block at the top of `source`, if the first line is `---`.
    init(source: SourceText) {
        guard let first = source.lines.first, first.trimmingTrailingSpaces() == "---" else { return }
        guard let close = source.lines.dropFirst().firstIndex(where: { line in
            let trimmed = line.trimmingTrailingSpaces()
            return trimmed == "---" || trimmed == "..."
        }) else {
            diagnostics.append(.error(
                at: source.location(line: 1, column: 1), "unterminated front matter",
                hint: "close it with a line '---'", length: 3))
            return
        }
        lineCount = close + 1
        let yaml = source.lines[1..<close].joined(separator: "\n")
        // YAML line 1 is file line 2; columns are the same (both count Unicode scalars).
        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return source.location(line: 1, column: 1) }
            return source.location(line: mark.line + 1, column: mark.column)
        }
        // Aliases, anchors and collection keys are refused before Yams composes a tree (see
        // FrontMatterShape: an alias bomb as a key would hang the duplicate-key check).
        if let problem = FrontMatterShape.firstProblem(in: yaml) {
            diagnostics.append(.error(at: source.location(line: problem.line + 1, column: problem.column),
                                      problem.message, hint: problem.hint, length: problem.length))
            return
        }
        do {
            guard let root = try Yams.compose(yaml: yaml) else { return }
            guard let mapping = root.mapping else {
                diagnostics.append(.error(at: location(root.mark), "front matter must be a mapping of keys to values",
                                          hint: "write 'title: …' lines"))
                return
            }
            for (key, value) in mapping {
                read(key: key, value: value, at: location)
            }
        } catch let error as YamlError {
            let (message, mark) = Self.describe(error)
            diagnostics.append(.error(at: location(mark), "invalid front matter: \(message)",
                                      hint: "front matter is YAML; quote values that contain ':', '#', '[' or '{'"))
        } catch {
            diagnostics.append(.error(at: location(nil), "invalid front matter: \(error)"))
        }
    }

    private mutating func read(key: Node, value: Node, at location: (Mark?) -> SourceLocation) {
        let name = key.scalar?.string ?? ""
        func wrongType(_ expected: String) {
            diagnostics.append(.error(at: location(value.mark), "front matter key '\(name)' must be \(expected)"))
        }
        // `title:` with nothing after it (or `~`, `null`) leaves the setting at its default.
        // (YAML 1.2's null: an empty plain scalar, `~`, `null`, `Null`, `NULL`.)
        let isNull = FrontMatter.knownKeys.contains(name) && value.scalar.map { scalar in
            scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        } == true
        switch name {
        case _ where isNull:
            break
        case "title":
            if let text = value.scalar?.string { frontMatter.title = text } else { wrongType("text") }
        case "summary":
            if let text = value.scalar?.string { frontMatter.summary = text } else { wrongType("text") }
        case "order":
            if let number = value.int { frontMatter.order = number } else { wrongType("a whole number") }
        case "raw_html":
            // Exactly `true` or `false`: YAML 1.1 also reads yes, on, y… as true, and a switch that
            // lets script-capable HTML through must not turn on by accident.
            switch value.scalar.map({ ($0.string, $0.style) }) {
            case ("true", .plain)?: frontMatter.allowsRawHTML = true
            case ("false", .plain)?: frontMatter.allowsRawHTML = false
            default: wrongType("true or false")
            }
        case "date":
            if let text = value.scalar?.string, FrontMatter.isDate(text) {
                frontMatter.date = text
            } else {
                wrongType("a date written YYYY-MM-DD")
            }
        case "image":
            if let text = value.scalar?.string, FrontMatter.isImageReference(text) {
                frontMatter.image = text
            } else {
                wrongType("an http or https URL, or a path inside the site")
            }
        case "base_url":
            if let text = value.scalar?.string, SiteConfig.isWebURL(text) {
                frontMatter.baseURL = text
            } else {
                wrongType("an http or https URL")
            }
        case "lang":
            if let text = value.scalar?.string, let language = PageLanguage(tag: text) {
                frontMatter.language = language
            } else if let text = value.scalar?.string, PageLanguage.isWellFormed(text) {
                diagnostics.append(.error(
                    at: location(value.mark), "weave has no interface words for the language '\(text)'",
                    hint: "write one of " + PageLanguage.supportedTags.joined(separator: ", ")))
            } else {
                wrongType("a BCP 47 language tag such as en or zh-CN")
            }
        default:
            diagnostics.append(.error(
                at: location(key.mark), "unknown front matter key '\(name)'",
                hint: Spelling.didYouMean(name, among: FrontMatter.knownKeys)
                    ?? "known keys: " + FrontMatter.knownKeys.joined(separator: ", "),
                length: max(1, name.unicodeScalars.count)))
        }
    }

    /// libyaml's problem text and where it was found.
    static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml notices an unclosed '[' or '{' where the input ends; its context marks where
            // the construct began, which is where the author has to look.
            return (problem + (context.map { " " + $0.text } ?? ""), context?.mark ?? mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("duplicate key '\(duplicates.joined(separator: "', '"))'", context.mark)
        default:
            return ("\(error)", nil)
        }
    }
}
