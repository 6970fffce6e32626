import Foundation
@testable import Notebook
import Testing

/// The project's root is the nearest folder upwards with a weave.yml or a .git, else the
/// notebooks' own folder; the cache lives there and never above it.
@Suite struct ProjectRootTests {
    /// A fresh temporary folder with the given empty files and folders in it.
    static func folder(_ entries: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-root-tests-\(UUID().uuidString)", isDirectory: true)
            .standardizedFileURL
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for entry in entries {
            let url = root.appendingPathComponent(entry)
            if entry.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data().write(to: url)
            }
        }
        return root
    }

    @Test func aWeaveYmlAboveTheNotebooksMarksTheRoot() throws {
        let root = try Self.folder(["weave.yml", "notebooks/a.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(ProjectRoot.find(notebooksDirectory: root.appendingPathComponent("notebooks").path).path == root.path)
        #expect(BlockCache.beside(notebooksDirectory: root.appendingPathComponent("notebooks").path).directory.path
                == root.appendingPathComponent(".weave-cache").path)
    }

    @Test func aGitFolderMarksTheRootSeveralLevelsUp() throws {
        let root = try Self.folder([".git/", "docs/deep/notebooks/a.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let notebooks = root.appendingPathComponent("docs/deep/notebooks").path
        #expect(ProjectRoot.find(notebooksDirectory: notebooks).path == root.path)
    }

    @Test func theNearestMarkerWins() throws {
        let root = try Self.folder([".git/", "sub/weave.yml", "sub/notebooks/a.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let notebooks = root.appendingPathComponent("sub/notebooks").path
        #expect(ProjectRoot.find(notebooksDirectory: notebooks).path == root.appendingPathComponent("sub").path)
    }

    @Test func aMarkerInTheNotebooksFolderItselfCounts() throws {
        let root = try Self.folder(["notes/weave.yml", "notes/a.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes").path
        #expect(ProjectRoot.find(notebooksDirectory: notes).path == notes)
    }

    /// `weave notes.md` in a folder with no project around it: the cache stays in that folder,
    /// never in its parent (for a notebook in a home folder, that parent is /home).
    @Test func withoutAMarkerTheNotebooksOwnFolderIsTheRoot() throws {
        let root = try Self.folder(["home/user/notes.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let user = root.appendingPathComponent("home/user").path
        // The temporary folder itself must not sit inside a project for this test to mean anything.
        try #require(ProjectRoot.find(notebooksDirectory: root.path).path == root.path)
        #expect(ProjectRoot.find(notebooksDirectory: user).path == user)
        #expect(BlockCache.beside(notebooksDirectory: user).directory.path == user + "/.weave-cache")
    }

    @Test func relativeAndDottedPathsAreResolved() throws {
        let root = try Self.folder(["weave.yml", "notebooks/a.md"])
        defer { try? FileManager.default.removeItem(at: root) }
        let dotted = root.appendingPathComponent("notebooks").path + "/./../notebooks/."
        #expect(ProjectRoot.find(notebooksDirectory: dotted).path == root.path)
    }
}
