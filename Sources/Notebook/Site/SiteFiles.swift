import Foundation
import NotebookLanguage

/// A whole site held in memory: relative paths mapped to file contents.
///
/// weave renders everything before it writes anything, so a build that fails or is killed
/// part-way never touches the previous site. Paths use `/` and never leave the site
/// (no `..`, no leading `/`).
public struct SiteFiles: Equatable, Sendable {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    /// Adds or replaces the file at `path`.
    public mutating func add(_ path: String, _ contents: Data) {
        precondition(SiteFiles.isSafeRelativePath(path), "unsafe site path '\(path)'")
        files[path] = contents
    }

    /// Adds or replaces a UTF-8 text file.
    public mutating func add(_ path: String, text: String) {
        add(path, Data(text.utf8))
    }

    /// The paths in a stable order.
    public var paths: [String] { files.keys.sorted() }

    public subscript(path: String) -> Data? { files[path] }

    /// Whether `path` is a relative path that stays inside the site and that every file system
    /// can hold (the rule is ``SitePath``'s, which the checker applies to exports).
    public static func isSafeRelativePath(_ path: String) -> Bool {
        SitePath.problem(path) == nil
    }

    /// Reads every regular file under `directory` (hidden files included, but not the marker
    /// ``SiteDestination/markerName`` that says weave wrote the folder), for comparisons.
    public static func read(from directory: URL) throws -> SiteFiles {
        var site = SiteFiles()
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: []
        ) else { return site }
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            let path = String(full.dropFirst(base.count + 1))
            guard path != SiteDestination.markerName else { continue }
            do {
                site.files[path] = try Data(contentsOf: url)
            } catch {
                throw FileSystemError("read", path: url.path, underlying: error)
            }
        }
        return site
    }
}
