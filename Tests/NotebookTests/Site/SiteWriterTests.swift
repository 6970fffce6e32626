import Foundation
import Testing
@testable import Notebook

/// SiteWriter replaces a site whole or not at all, marks what it writes, refuses folders it did
/// not write, and says I/O failures in one line.
@Suite struct SiteWriterTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-site-writer-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func site(_ files: [String: String]) -> SiteFiles {
        var site = SiteFiles()
        for (path, text) in files { site.add(path, text: text) }
        return site
    }

    func contents(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
    }

    @Test func replacingWritesTheMarkerAndRemovesOldFilesAndStaging() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(directory: root.appendingPathComponent("site"))
        try writer.replaceAll(with: site(["index.html": "one", "old.html": "gone soon"]))
        try writer.replaceAll(with: site(["index.html": "two", "sub/data.csv": "x\n"]))
        #expect(try contents("site") == [".weave-site", "index.html", "sub"])
        #expect(try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8) == "two")
        #expect(try contents(".") == ["site"], "no staging or retired folder is left beside the site")
        // A comparison reads the site without its marker.
        #expect(try SiteFiles.read(from: root.appendingPathComponent("site")) == site(["index.html": "two", "sub/data.csv": "x\n"]))
    }

    @Test func aFailedWriteLeavesThePreviousSiteAndNoStagingFolder() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = SiteWriter(directory: root.appendingPathComponent("site"))
        try writer.replaceAll(with: site(["index.html": "good"]))
        // "x" is written as a file, then "x/y" needs it to be a folder: the write fails half-way.
        #expect {
            try writer.replaceAll(with: site(["x": "file", "x/y": "under a file"]))
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("cannot ") && text.contains("/x") && !text.contains("NSCocoaErrorDomain")
                && !text.contains("UserInfo") && !text.contains("\n")
        }
        #expect(try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8) == "good")
        #expect(try contents(".") == ["site"])
    }

    @Test func aFolderWeaveDidNotWriteIsNeverReplaced() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let docs = root.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: docs.appendingPathComponent("README.md"))
        let writer = SiteWriter(directory: docs)
        #expect(throws: SiteDestination.Refusal.foreign(out: docs.path, examples: ["README.md"])) {
            try writer.replaceAll(with: site(["index.html": "x"]))
        }
        #expect(throws: SiteDestination.Refusal.foreign(out: docs.path, examples: ["README.md"])) {
            try writer.update(with: site(["index.html": "x"]))
        }
        #expect(try contents("docs") == ["README.md"])
    }

    @Test func aSiteFromBeforeTheMarkerIsRecognisedByItsGenerator() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let old = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try Data("<!DOCTYPE html>\n<html><head><meta name=\"generator\" content=\"weave\"/></head></html>".utf8)
            .write(to: old.appendingPathComponent("index.html"))
        try SiteWriter(directory: old).replaceAll(with: site(["index.html": "new"]))
        #expect(try contents("site") == [".weave-site", "index.html"])
    }

    @Test func theOldSiteSetAsideByAKilledSwapIsPutBack() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // A process that has ended: its pid names a dead build.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let retired = root.appendingPathComponent(".site.weave-old-\(finished.processIdentifier)")
        try FileManager.default.createDirectory(at: retired, withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: retired.appendingPathComponent("index.html"))
        try Data(SiteDestination.markerText.utf8).write(to: retired.appendingPathComponent(SiteDestination.markerName))

        let writer = SiteWriter(directory: root.appendingPathComponent("site"))
        writer.recoverInterruptedSwap()
        #expect(try contents(".") == ["site"])
        #expect(try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8) == "previous")
    }

    @Test func destinationsThatWouldDestroySomethingAreRefused() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let notebooks = root.appendingPathComponent("notebooks").path
        try FileManager.default.createDirectory(atPath: notebooks, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("file.txt"))
        mkfifo(root.appendingPathComponent("pipe").path, 0o600)
        let protected = [SiteDestination.Protected(path: notebooks, role: "the folder of notebooks"),
                         SiteDestination.Protected(path: root.path, role: "the project folder")]
        func refusal(_ out: String) -> SiteDestination.Refusal? {
            do {
                try SiteDestination.validate(out: out, protecting: protected)
                return nil
            } catch {
                return error
            }
        }
        #expect(refusal("") == .empty)
        #expect(refusal(notebooks) == .covers(out: notebooks, role: "the folder of notebooks", path: notebooks, isSame: true))
        #expect(refusal(notebooks + "/../notebooks/") == .covers(
            out: notebooks + "/../notebooks/", role: "the folder of notebooks", path: notebooks, isSame: true))
        #expect(refusal(root.path) == .covers(out: root.path, role: "the folder of notebooks", path: notebooks, isSame: false))
        #expect(refusal("/") == .covers(out: "/", role: "the current folder",
                                        path: FileManager.default.currentDirectoryPath, isSame: false))
        #expect(refusal(root.appendingPathComponent("file.txt").path)
            == .notAFolder(out: root.appendingPathComponent("file.txt").path, kind: "a file"))
        #expect(refusal(root.appendingPathComponent("pipe").path)
            == .notAFolder(out: root.appendingPathComponent("pipe").path, kind: "a named pipe"))
        #expect(refusal(root.appendingPathComponent("site").path) == nil)
        // Through a link to the notebooks: the link is followed.
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: notebooks)
        #expect(refusal(root.appendingPathComponent("link").path) == .covers(
            out: root.appendingPathComponent("link").path, role: "the folder of notebooks", path: notebooks, isSame: true))
    }

    @Test func messagesSayWhatWouldBeLostAndWhatToDo() {
        #expect(SiteDestination.Refusal.covers(out: "notebooks", role: "the folder of notebooks", path: "notebooks", isSame: true).description
            == "the output folder 'notebooks' is the folder of notebooks ('notebooks'); weave replaces its output folder whole and would delete it; choose a folder of its own, e.g. --out site")
        #expect(SiteDestination.Refusal.foreign(out: "docs", examples: ["a", "b", "c", "d"]).description
            == "the output folder 'docs' holds files weave did not write ('a', 'b', 'c', …) and no .weave-site marker; weave replaces its output folder whole, so empty it or choose another folder")
        #expect(SiteDestination.Refusal.empty.description
            == "the output folder is empty (\"\"); name the folder the site is written to, e.g. --out site")
        #expect(FileSystemError("write", path: "site/a.html", errno: ENOSPC).description
            == "cannot write site/a.html: No space left on device")
    }
}

import CWeaveSystem

/// The exchange the writer relies on really swaps two folders on this machine's file system (the
/// writer falls back to two renames where it cannot, which this test would reveal).
@Suite struct FolderExchangeTests {
    @Test func twoFoldersSwapNamesInOneCall() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("weave-exchange-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
            try Data(name.utf8).write(to: root.appendingPathComponent(name + "/who"))
        }
        #expect(weave_exchange_paths(root.appendingPathComponent("a").path, root.appendingPathComponent("b").path) == 0)
        #expect(try String(contentsOf: root.appendingPathComponent("a/who"), encoding: .utf8) == "b")
        #expect(try String(contentsOf: root.appendingPathComponent("b/who"), encoding: .utf8) == "a")
    }
}
