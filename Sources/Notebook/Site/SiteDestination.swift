import Foundation

/// Decides whether a folder may receive a site, before anything is built or written.
///
/// `weave build` replaces its output folder whole, so a wrong `--out` would delete what it names.
/// A destination is refused when it is empty, names a file, is (or contains) a folder that must
/// survive — the notebooks, the current folder, the project root — or exists with contents that
/// weave did not write. weave marks every site it writes with a small file, ``markerName``; a site
/// from before the marker is recognised by its index page's `generator` meta tag.
///
/// ```swift
/// let site = try SiteDestination.validate(out: "site", protecting: [
///     .init(path: "notebooks", role: "the folder of notebooks")])
/// ```
public enum SiteDestination {
    /// The file that marks a folder as a site weave wrote.
    public static let markerName = ".weave-site"
    /// What the marker says to a person who opens it.
    public static let markerText = """
        This folder is a site written by weave: `weave build` replaces it whole, so keep nothing \
        else here.

        """

    /// A folder that must never be replaced or deleted by writing a site.
    public struct Protected: Sendable {
        public var path: String
        /// How the folder is named in messages: "the folder of notebooks".
        public var role: String

        public init(path: String, role: String) {
            self.path = path
            self.role = role
        }
    }

    /// Why a folder may not receive a site; `description` is the message for the person.
    public enum Refusal: Error, CustomStringConvertible, Equatable, Sendable {
        case empty
        case notAFolder(out: String, kind: String)
        /// `out` is the protected folder itself (`isSame`) or one of its ancestors.
        case covers(out: String, role: String, path: String, isSame: Bool)
        case foreign(out: String, examples: [String])

        public var description: String {
            switch self {
            case .empty:
                return "the output folder is empty (\"\"); name the folder the site is written to, e.g. --out site"
            case .notAFolder(let out, let kind):
                return "the output '\(out)' is \(kind), not a folder; name a folder for the site, e.g. --out site"
            case .covers(let out, let role, let path, let isSame):
                let relation = isSame ? "is" : "contains"
                return "the output folder '\(out)' \(relation) \(role) ('\(path)'); "
                    + "weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site"
            case .foreign(let out, let examples):
                let shown = examples.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                let more = examples.count > 3 ? ", …" : ""
                return "the output folder '\(out)' holds files weave did not write (\(shown)\(more)) "
                    + "and no \(SiteDestination.markerName) marker; weave replaces its output folder whole, "
                    + "so empty it or choose another folder"
            }
        }
    }

    /// Checks `out` against every rule and returns its URL.
    ///
    /// - Parameters:
    ///   - out: the folder as the person wrote it (relative to the current folder).
    ///   - protecting: folders that must survive; the current folder is always among them.
    @discardableResult
    public static func validate(out: String, protecting protected: [Protected]) throws(Refusal) -> URL {
        guard !out.isEmpty else { throw .empty }
        let url = URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL
        let target = resolved(url)
        let current = Protected(path: FileManager.default.currentDirectoryPath, role: "the current folder")
        for folder in [current] + protected {
            let guarded = resolved(URL(fileURLWithPath: folder.path, isDirectory: true).standardizedFileURL)
            if isSameOrAncestor(target, of: guarded) {
                throw .covers(out: out, role: folder.role, path: folder.path, isSame: target == guarded)
            }
        }
        try checkReplaceable(url, shownAs: out)
        return url
    }

    /// Refuses an existing `directory` that is not a folder, or a non-empty folder weave did not
    /// write. ``SiteWriter`` calls this before it replaces anything.
    public static func checkReplaceable(_ directory: URL, shownAs shown: String) throws(Refusal) {
        var status = stat()
        guard lstat(directory.path, &status) == 0 else { return }  // nothing there yet
        let type = status.st_mode & S_IFMT
        if type == S_IFLNK {
            // A link to a folder is followed (as cd would); a link to anything else is refused.
            var target = stat()
            guard stat(directory.path, &target) == 0, target.st_mode & S_IFMT == S_IFDIR else {
                throw .notAFolder(out: shown, kind: "a link that leads to no folder")
            }
        } else if type != S_IFDIR {
            throw .notAFolder(out: shown, kind: FileKind(path: directory.path).phrase)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        guard !names.isEmpty, !names.contains(markerName), !isLegacySite(directory) else { return }
        throw .foreign(out: shown, examples: names)
    }

    /// A site written before the marker existed: its index page names weave as its generator.
    static func isLegacySite(_ directory: URL) -> Bool {
        let index = directory.appendingPathComponent("index.html")
        guard let handle = try? FileHandle(forReadingFrom: index) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: head, as: UTF8.self).contains("<meta name=\"generator\" content=\"weave\"/>")
    }

    /// The path with every existing component's links resolved; the missing tail kept as written.
    static func resolved(_ url: URL) -> [String] {
        var existing = url
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let real = existing.resolvingSymlinksInPath().standardizedFileURL
        return real.pathComponents.filter { $0 != "/" } + missing
    }

    static func isSameOrAncestor(_ ancestor: [String], of path: [String]) -> Bool {
        ancestor.count <= path.count && Array(path.prefix(ancestor.count)) == ancestor
    }
}
