import Foundation

/// Writes a site to disk so that a reader never sees half of it.
///
/// The files go to a sibling folder (`.DIR.weave-tmp-PID`), which then takes the place of the old
/// site in two renames; the old site is removed last. A build that fails before this step leaves
/// the previous site exactly as it was, and left-over temporary folders of dead builds are removed
/// on the next write.
public struct SiteWriter: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// Replaces the whole folder with `site`.
    public func replaceAll(with site: SiteFiles) throws {
        let fileManager = FileManager.default
        let parent = directory.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        removeStaleTemporaryFolders()
        let staging = temporarySibling("tmp")
        try? fileManager.removeItem(at: staging)
        try write(site, into: staging)
        let retired = temporarySibling("old")
        try? fileManager.removeItem(at: retired)
        if fileManager.fileExists(atPath: directory.path) {
            try fileManager.moveItem(at: directory, to: retired)
        }
        do {
            try fileManager.moveItem(at: staging, to: directory)
        } catch {
            if fileManager.fileExists(atPath: retired.path) { try? fileManager.moveItem(at: retired, to: directory) }
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Writes or replaces only the files in `site`, each atomically, leaving other files alone.
    public func update(with site: SiteFiles) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for path in site.paths {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try site[path]!.write(to: url, options: .atomic)
        }
    }

    private func write(_ site: SiteFiles, into folder: URL) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        for path in site.paths {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try site[path]!.write(to: url)
        }
    }

    private var temporaryPrefix: String { "." + directory.lastPathComponent + ".weave-" }

    private func temporarySibling(_ kind: String) -> URL {
        directory.deletingLastPathComponent()
            .appendingPathComponent("\(temporaryPrefix)\(kind)-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Removes temporary folders whose build process no longer runs.
    private func removeStaleTemporaryFolders() {
        let parent = directory.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            guard let pid = name.split(separator: "-").last.flatMap({ Int32($0) }) else { continue }
            if pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) != 0 {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}
