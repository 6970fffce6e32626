import Foundation
import NotebookLanguage
import Spelling

/// An image of a notebook's prose, copied into the site at the same relative path.
struct ProseImage: Sendable {
    /// The path in the site (and from the notebook's folder), normalized: `img/net.png`.
    var path: String
    var contents: Data
    /// Where the path of the (first) image that shows it is written, and its length.
    var location: SourceLocation
    var length: Int
}

/// Turns the local destinations of a notebook's links and images into links within the site.
///
/// - A link to another notebook's `.md` file (`bp.md`, `bp.md#training`) becomes a link to its
///   page (`./bp.html#training`, through ``SiteURL``); a `.md` file that is no notebook of the
///   site, or a fragment that names no heading or labelled figure of it, is an error.
/// - An image at a relative path (`net.png`, `img/net.png`) is read from the notebook's folder
///   and copied into the site at the same path, next to the page; a path that leaves the folder
///   (`../x.png`, an absolute path, a symbolic link out of it) or names no file is an error.
/// - Everything else (URLs with a scheme, `//host/…`, `#id`, other local files) is left alone.
///
/// ```swift
/// let pages = ["bp.md": ProseLinkResolver.LinkTarget(pageFileName: "bp.html", anchors: ["x"])]
/// let resolved = ProseLinkResolver(folder: source.directory, pages: pages).resolve(document.links)
/// resolved.linkURLs["bp.md#x"]    // "./bp.html#x"
/// ```
struct ProseLinkResolver {
    struct Resolved {
        /// New destinations of links, by the destination as written.
        var linkURLs: [String: String] = [:]
        /// New destinations of images, by the destination as written.
        var imageURLs: [String: String] = [:]
        /// The images to copy, in order of first use.
        var images: [ProseImage] = []
        var diagnostics: [Diagnostic] = []
    }

    /// The notebook's folder.
    let folder: URL
    /// Every notebook of the site, by its `.md` file name.
    let pages: [String: LinkTarget]

    /// A notebook that links may point to: its page and the ids a `#fragment` may name.
    struct LinkTarget: Sendable {
        var pageFileName: String
        /// Its headings' ids and its labelled figures' ids (`fig-NAME`).
        var anchors: Set<String>

        init(pageFileName: String, anchors: Set<String> = []) {
            self.pageFileName = pageFileName
            self.anchors = anchors
        }

        init(source: NotebookSource, document: MarkdownDocument) {
            pageFileName = source.pageFileName
            anchors = Set(document.headings.map(\.id)).union(document.blocks.compactMap(\.options.label).map {
                FigureCaption(number: 0, caption: "", label: $0).id
            })
        }

        /// Whether `fragment` (decoded) names an element of the page: a heading, a labelled
        /// figure, or a cell or numbered figure (`cell-3`, `fig-2`, known only once blocks ran).
        func hasAnchor(_ fragment: String) -> Bool {
            if fragment.isEmpty || anchors.contains(fragment) { return true }
            for prefix in ["cell-", "fig-"] where fragment.hasPrefix(prefix) {
                let number = fragment.dropFirst(prefix.count)
                if !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
            }
            return false
        }
    }

    func resolve(_ links: [ProseLink]) -> Resolved {
        var resolved = Resolved()
        for link in links {
            guard let target = LocalTarget(link.destination) else { continue }
            if link.isImage {
                guard resolved.imageURLs[link.destination] == nil else { continue }
                switch image(target, link: link) {
                case .success(let image):
                    resolved.imageURLs[link.destination] = SiteURL.relative(image.path) + target.suffix
                    if !resolved.images.contains(where: { $0.path == image.path }) { resolved.images.append(image) }
                case .failure(let problem):
                    resolved.diagnostics.append(problem.diagnostic)
                }
            } else if target.path.hasSuffix(".md") {
                switch page(target, link: link) {
                case .success(let url): resolved.linkURLs[link.destination] = url
                case .failure(let problem): resolved.diagnostics.append(problem.diagnostic)
                }
            }
        }
        return resolved
    }

    struct Problem: Error {
        var diagnostic: Diagnostic
    }

    private func error(_ link: ProseLink, _ message: String, hint: String?) -> Problem {
        Problem(diagnostic: .error(at: link.destinationLocation, message, hint: hint, length: link.destinationLength))
    }

    /// The page of a linked notebook, with the fragment and query as written.
    private func page(_ target: LocalTarget, link: ProseLink) -> Result<String, Problem> {
        if let name = target.isAbsolute ? nil : target.normalized, let page = pages[name] {
            if let hash = target.suffix.firstIndex(of: "#") {
                let written = String(target.suffix[target.suffix.index(after: hash)...])
                let fragment = written.removingPercentEncoding ?? written
                guard page.hasAnchor(fragment) else {
                    let hint = Spelling.nearest(to: fragment, among: page.anchors.sorted()).map { "did you mean '#\($0)'?" }
                        ?? "link to a heading's id, as the page's contents list links it"
                    return .failure(error(link, "\(name) has no section or figure '#\(fragment)'", hint: hint))
                }
            }
            return .success(SiteURL.relative(page.pageFileName) + target.suffix)
        }
        let names = pages.keys.sorted()
        let hint = Spelling.nearest(to: target.path, among: names).map { "did you mean '\($0)'?" }
            ?? "link to a notebook of this folder by its file name" + (names.first.map { ", e.g. \($0)" } ?? "")
        return .failure(error(link, "there is no notebook \"\(target.path)\" in this site", hint: hint))
    }

    /// The image's file, read from the notebook's folder.
    private func image(_ target: LocalTarget, link: ProseLink) -> Result<ProseImage, Problem> {
        let outside = "keep images in the notebook's folder or a folder inside it"
        if target.isAbsolute {
            return .failure(error(link, "the image \"\(target.path)\" has an absolute path",
                                  hint: "write the path from the notebook's folder, e.g. img/picture.png"))
        }
        guard let path = target.normalized else {
            return .failure(error(link, "the image \"\(target.path)\" is outside the notebook's folder", hint: outside))
        }
        if let problem = SitePath.problem(path) {
            return .failure(error(link, "the image path \"\(path)\" \(problem)", hint: "rename the image"))
        }
        let url = folder.appendingPathComponent(path)
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard url.standardizedFileURL.resolvingSymlinksInPath().path.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            return .failure(error(link, "the image \"\(target.path)\" is outside the notebook's folder",
                                  hint: outside + " (symbolic links may not leave it)"))
        }
        let kind = FileKind(path: url.path)
        guard kind == .regularFile else {
            if kind == .missing {
                let siblings = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
                let hint = Spelling.nearest(to: url.lastPathComponent, among: siblings.sorted())
                    .map { "did you mean '\($0)'?" }
                    ?? "paths are relative to the notebook's folder"
                return .failure(error(link, "no image \"\(path)\" in the notebook's folder", hint: hint))
            }
            return .failure(error(link, "the image \"\(path)\" is \(kind.phrase), not a file", hint: "name an image file"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= BuildLimits.maxImageBytes else {
            return .failure(error(link, "the image \"\(path)\" is \(size) bytes, over the limit of \(BuildLimits.maxImageBytes) bytes",
                                  hint: "make the image smaller"))
        }
        guard let contents = FileManager.default.contents(atPath: url.path) else {
            return .failure(error(link, "cannot read the image \"\(path)\"", hint: "check the file's permissions"))
        }
        return .success(ProseImage(path: path, contents: contents, location: link.destinationLocation,
                                   length: link.destinationLength))
    }
}

/// A destination that names a file of the site's own: no scheme, no `//host`, not only a
/// fragment or query.
struct LocalTarget: Equatable {
    /// The path part, percent escapes decoded: `img/a b.png`.
    var path: String
    /// The query and fragment as written (`#training`), or empty.
    var suffix: String
    /// Whether the path starts with `/`.
    var isAbsolute: Bool { path.hasPrefix("/") }

    init?(_ destination: String) {
        let end = destination.firstIndex { $0 == "#" || $0 == "?" } ?? destination.endIndex
        let raw = String(destination[..<end])
        guard !raw.isEmpty, !raw.hasPrefix("//"), !Self.hasScheme(raw) else { return nil }
        path = raw.removingPercentEncoding ?? raw
        suffix = String(destination[end...])
    }

    /// The path with `.` and empty parts dropped and `..` applied (empty when nothing is left),
    /// or nil when it climbs out of the folder it starts from.
    var normalized: String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `text` starts with a URL scheme and a colon (RFC 3986: a letter, then letters,
    /// digits, `+`, `-` or `.`), before any `/`.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
