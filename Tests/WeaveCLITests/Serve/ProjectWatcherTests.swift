import Foundation
import Testing
import TestSupport
@testable import WeaveCLI

@Suite struct ProjectWatcherTests {
    @Test func seesNewChangedAndRemovedFilesButNotHiddenOnes() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/bp.md", "# One")
        var watcher = ProjectWatcher(directory: project.root.appendingPathComponent("notebooks"))
        let changed1 = watcher.hasChanged()
        #expect(!changed1)
        try project.write("notebooks/data/points.csv", "x,label\n1,0\n")
        let changed2 = watcher.hasChanged()
        #expect(changed2)
        let changed3 = watcher.hasChanged()
        #expect(!changed3)
        try project.write("notebooks/bp.md", "# One, longer")
        let changed4 = watcher.hasChanged()
        #expect(changed4)
        try project.write("notebooks/.bp.md.swp", "editor state")
        let changed5 = watcher.hasChanged()
        #expect(!changed5)
        try FileManager.default.removeItem(atPath: project.path("notebooks/data/points.csv"))
        let changed6 = watcher.hasChanged()
        #expect(changed6)
        #expect(watcher.fingerprint().map { ($0.path as NSString).lastPathComponent } == ["bp.md"])
    }
}
