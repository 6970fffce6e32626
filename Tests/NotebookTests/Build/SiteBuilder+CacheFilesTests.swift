import Foundation
import Testing
import TestSupport
@testable import Notebook

/// The cache and files: data files read by blocks, deleted notebooks, damaged entries.
@Suite struct SiteBuilderCacheFilesTests {
    static let csvNotebook = """
        # Points

        ```nn
        points = csv "points.csv" label=class
        ```

        ```nn
        net = network 2-2-1 hidden=tanh output=sigmoid seed=0
        model = train net on points epochs=20 rate=0.5
        ```

        ```nn
        moons = moons n=20 seed=0
        ```

        """

    @Test func changedCSVRerunsItsReadersOnly() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        try project.write("notebooks/points.md", Self.csvNotebook)
        try project.write("notebooks/points.csv", "x1,x2,class\n0,0,0\n1,1,1\n0,1,1\n")
        #expect(project.ran(try project.build()).count == 3)
        #expect(project.ran(try project.build()).isEmpty)
        try project.write("notebooks/points.csv", "x1,x2,class\n0,0,0\n1,1,1\n0,1,0\n")
        #expect(project.ran(try project.build()) == ["points.md#0", "points.md#1"])
    }

    @Test func deletedNotebookEntriesAreNotUsedAndCleanRemovesThem() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        let text = SiteBuilderCacheTests.notebook()
        try project.write("notebooks/a.md", text)
        #expect(project.ran(try project.build()).count == 4)
        try project.delete("notebooks/a.md")
        try project.write("notebooks/b.md", text)
        #expect(project.ran(try project.build()).count == 4)
        #expect(FileManager.default.fileExists(atPath: project.cache.directory.path))
        #expect(try project.cache.clear())
        #expect(!FileManager.default.fileExists(atPath: project.cache.directory.path))
        #expect(try !project.cache.clear())
        #expect(project.ran(try project.build()).count == 4)
    }

    @Test(arguments: ["truncate", "flip", "empty"])
    func damagedEntryIsRecomputed(damage: String) throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        try project.write("notebooks/bp.md", SiteBuilderCacheTests.notebook())
        let clean = try project.build()
        let entries = try entryFiles(project)
        #expect(entries.count == 4)
        // Damage every entry; each block runs again and the entries are rewritten whole.
        for entry in entries {
            var bytes = try Data(contentsOf: entry)
            switch damage {
            case "truncate": bytes = bytes.prefix(bytes.count / 2)
            case "flip": bytes[bytes.count - 3] ^= 0x01
            default: bytes = Data()
            }
            try bytes.write(to: entry)
        }
        let rebuilt = try project.build()
        #expect(project.ran(rebuilt).count == 4)
        #expect(rebuilt.files == clean.files)
        #expect(project.ran(try project.build()).isEmpty)
    }

    func entryFiles(_ project: ScratchProject) throws -> [URL] {
        let blocks = project.cache.directory.appendingPathComponent("blocks")
        let enumerator = FileManager.default.enumerator(at: blocks, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "entry" }
            .sorted { $0.path < $1.path }
    }
}
