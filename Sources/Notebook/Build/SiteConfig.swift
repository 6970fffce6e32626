import Foundation
import NotebookLanguage
import Spelling
import Yams

/// The site's settings, from `weave.yml` in the project's root (see ``ProjectRoot``). The file
/// may be empty; every key is optional, and an unknown key is an error with a did-you-mean.
///
/// ```yaml
/// title: Neural networks, by hand
/// base_url: https://example.github.io/notes/
/// author: A. Author
/// ```
public struct SiteConfig: Equatable, Sendable {
    /// The site's name, in every page's header and title (default `weave`).
    public var title: String
    /// Where the site is published: an `http` or `https` URL. With it, pages get canonical links
    /// and the sitemap and feed absolute URLs; without it, every link stays relative.
    public var baseURL: String?
    /// Who writes the notebooks, named in the Atom feed (default: the site's title).
    public var author: String?

    public init(title: String = "weave", baseURL: String? = nil, author: String? = nil) {
        self.title = title
        self.baseURL = baseURL
        self.author = author
    }

    static let knownKeys = ["title", "base_url", "author"]

    /// Reads `weave.yml` from the project root of `notebooksDirectory`; the default settings when
    /// there is none. `displayPath` names the file in diagnostics.
    public static func load(notebooksDirectory: String) throws(BuildFailure) -> SiteConfig {
        let root = ProjectRoot.find(notebooksDirectory: notebooksDirectory)
        let url = root.appendingPathComponent(ProjectRoot.markerFileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteConfig() }
        let displayPath = displayPath(of: url)
        guard let data = try? Data(contentsOf: url) else {
            throw BuildFailure(diagnostics: [.error(
                at: SourceLocation(file: displayPath, line: 1, column: 1), "cannot read the site settings",
                hint: "check that the file is readable")], sources: [:])
        }
        let text: SourceText
        do {
            text = try SourceText(fileName: displayPath, bytes: data)
        } catch {
            throw BuildFailure(diagnostics: [error], sources: [:])
        }
        let (config, diagnostics) = parse(text)
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics: diagnostics, sources: [displayPath: text.text]) }
        return config
    }

    /// The path of `url` relative to the current folder when it is inside it, else as it is.
    private static func displayPath(of url: URL) -> String {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    /// The settings of a `weave.yml` text and its errors, located in `text`.
    static func parse(_ text: SourceText) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var diagnostics: [Diagnostic] = []
        func location(_ mark: Mark?) -> SourceLocation {
            text.location(line: mark?.line ?? 1, column: mark?.column ?? 1)
        }
        do {
            guard let root = try Yams.compose(yaml: text.text) else { return (config, []) }
            guard let mapping = root.mapping else {
                return (config, [.error(at: location(root.mark), "weave.yml must be a mapping of keys to values",
                                        hint: "write 'title: …' lines")])
            }
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                switch name {
                case "title":
                    if let title = value.scalar?.string, !title.isEmpty {
                        config.title = title
                    } else {
                        diagnostics.append(.error(at: location(value.mark), "'title' must be text"))
                    }
                case "author":
                    if let author = value.scalar?.string, !author.isEmpty {
                        config.author = author
                    } else {
                        diagnostics.append(.error(at: location(value.mark), "'author' must be text"))
                    }
                case "base_url":
                    if let url = value.scalar?.string, isWebURL(url) {
                        config.baseURL = url
                    } else if value.scalar.map({ $0.style == .plain && ["", "~", "null"].contains($0.string) }) != true {
                        diagnostics.append(.error(
                            at: location(value.mark), "'base_url' must be an http or https URL",
                            hint: "for example: base_url: https://example.github.io/notes/"))
                    }
                default:
                    diagnostics.append(.error(
                        at: location(key.mark), "unknown key '\(name)' in weave.yml",
                        hint: Spelling.didYouMean(name, among: knownKeys)
                            ?? "known keys: " + knownKeys.joined(separator: ", "),
                        length: max(1, name.unicodeScalars.count)))
                }
            }
        } catch let error as YamlError {
            let (message, mark) = FrontMatterBlock.describe(error)
            diagnostics.append(.error(at: location(mark), "invalid weave.yml: \(message)",
                                      hint: "weave.yml is YAML; quote values that contain ':' or '#'"))
        } catch {
            diagnostics.append(.error(at: location(nil), "invalid weave.yml: \(error)"))
        }
        return (config, diagnostics)
    }

    /// Whether `text` is an absolute `http:` or `https:` URL with a host and nothing that would
    /// need escaping in a URL (spaces, quotes, angle brackets).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || "\"'<>\\`{}|^".unicodeScalars.contains($0) }),
              let url = URL(string: text), let host = url.host, !host.isEmpty else { return false }
        return true
    }
}
