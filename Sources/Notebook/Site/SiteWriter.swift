import CWeaveSystem
import Foundation

/// Writes a site to disk so that a reader never sees half of it and nothing else is lost.
///
/// `replaceAll` writes the files to a sibling folder (`.DIR.weave-tmp-PID`) and then swaps it with
/// the old site in one atomic exchange (`renameat2` with `RENAME_EXCHANGE`), so a process killed at
/// any instant leaves either the old site or the new one under the name. Where the file system
/// cannot exchange, two renames are used, and a site left aside by a process killed between them
/// is put back by the next write. A failed write removes its staging folder; left-over folders of
/// dead builds are removed on the next write.
///
/// Every site it writes carries ``SiteDestination/markerName``; it refuses to replace a folder that
/// has other contents and no marker (``SiteDestination/checkReplaceable(_:shownAs:)``). I/O
/// failures are thrown as one-line ``FileSystemError``s.
public struct SiteWriter: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// Replaces the whole folder with `site`.
    public func replaceAll(with site: SiteFiles) throws {
        let fileManager = FileManager.default
        let parent = directory.deletingLastPathComponent()
        try attempt("create the folder", parent.path) {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        recoverInterruptedSwap()
        try SiteDestination.checkReplaceable(directory, shownAs: directory.path)
        removeStaleTemporaryFolders()
        let staging = temporarySibling("tmp")
        try? fileManager.removeItem(at: staging)
        do {
            try write(site, into: staging)
            try swapIn(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Writes or replaces only the files in `site`, each atomically, leaving other files alone.
    public func update(with site: SiteFiles) throws {
        recoverInterruptedSwap()
        try SiteDestination.checkReplaceable(directory, shownAs: directory.path)
        try attempt("create the folder", directory.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        for (path, contents) in Self.withMarker(site) {
            let url = directory.appendingPathComponent(path)
            try attempt("create the folder", url.deletingLastPathComponent().path) {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try attempt("write", url.path) { try contents.write(to: url, options: .atomic) }
        }
    }

    /// The site's files in path order, followed by the marker.
    private static func withMarker(_ site: SiteFiles) -> [(String, Data)] {
        site.paths.map { ($0, site[$0]!) } + [(SiteDestination.markerName, Data(SiteDestination.markerText.utf8))]
    }

    private func write(_ site: SiteFiles, into folder: URL) throws {
        let fileManager = FileManager.default
        try attempt("create the folder", folder.path) {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for (path, contents) in Self.withMarker(site) {
            let url = folder.appendingPathComponent(path)
            try attempt("create the folder", url.deletingLastPathComponent().path) {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try attempt("write", url.path) { try contents.write(to: url) }
        }
    }

    /// Puts the staged site under the site's name: one exchange where the file system allows it.
    private func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: directory.path) else {
            try attempt("move the new site to", directory.path) { try fileManager.moveItem(at: staging, to: directory) }
            return
        }
        if weave_exchange_paths(staging.path, directory.path) == 0 {
            try? fileManager.removeItem(at: staging)  // now the old site
            return
        }
        let code = errno
        guard code == EINVAL || code == ENOSYS || code == ENOTSUP else {
            throw FileSystemError("replace", path: directory.path, errno: code)
        }
        // Two renames; a kill between them leaves the old site at `retired`, which the next
        // write moves back (recoverInterruptedSwap).
        let retired = temporarySibling("old")
        try? fileManager.removeItem(at: retired)
        try attempt("move the old site aside from", directory.path) { try fileManager.moveItem(at: directory, to: retired) }
        do {
            try fileManager.moveItem(at: staging, to: directory)
        } catch {
            try? fileManager.moveItem(at: retired, to: directory)
            throw FileSystemError("move the new site to", path: directory.path, underlying: error)
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Runs a Foundation file operation, turning its error into a one-line ``FileSystemError``.
    private func attempt(_ action: String, _ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw FileSystemError(action, path: path, underlying: error)
        }
    }

    private var temporaryPrefix: String { "." + directory.lastPathComponent + ".weave-" }

    private func temporarySibling(_ kind: String) -> URL {
        directory.deletingLastPathComponent()
            .appendingPathComponent("\(temporaryPrefix)\(kind)-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Left-over folders of this site, with the process that made them and whether it is gone.
    private func leftovers() -> [(url: URL, kind: String, isDead: Bool)] {
        let parent = directory.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        return names.sorted().compactMap { name in
            guard name.hasPrefix(temporaryPrefix) else { return nil }
            let parts = name.dropFirst(temporaryPrefix.count).split(separator: "-")
            guard parts.count == 2, let pid = Int32(parts[1]) else { return nil }
            let isDead = pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) != 0 && errno == ESRCH
            return (parent.appendingPathComponent(name), String(parts[0]), isDead)
        }
    }

    /// A build killed between the two renames of the fallback swap left no site and the old one
    /// aside: put it back.
    public func recoverInterruptedSwap() {
        guard !FileManager.default.fileExists(atPath: directory.path) else { return }
        if let retired = leftovers().first(where: { $0.kind == "old" && $0.isDead }) {
            try? FileManager.default.moveItem(at: retired.url, to: directory)
        }
    }

    /// Removes temporary folders whose build process no longer runs.
    private func removeStaleTemporaryFolders() {
        for leftover in leftovers() where leftover.isDead {
            try? FileManager.default.removeItem(at: leftover.url)
        }
    }
}
