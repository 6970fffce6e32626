import Foundation
@testable import Notebook
import NotebookLanguage
import Testing

@Suite struct NotebookFolderTests {
    /// A fresh folder `notebook/` with `points.csv`, and a file outside it.
    static func makeFolder(_ name: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("weave-engine-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let notebook = root.appendingPathComponent("notebook")
        try FileManager.default.createDirectory(at: notebook.appendingPathComponent("data"),
                                                withIntermediateDirectories: true)
        try "x,y,class\n0,0,a\n1,1,b\n0,1,a\n".write(to: notebook.appendingPathComponent("data/points.csv"),
                                                     atomically: true, encoding: .utf8)
        try "x,y,class\n0,0,a\n1,1,b,7\n".write(to: notebook.appendingPathComponent("ragged.csv"),
                                                atomically: true, encoding: .utf8)
        try "x,y,class\n5,5,a\n".write(to: root.appendingPathComponent("secret.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: notebook.appendingPathComponent("link.csv"),
                                                   withDestinationURL: root.appendingPathComponent("secret.csv"))
        return notebook
    }

    @Test func readsACSVFileRelativeToTheNotebook() throws {
        let folder = try Self.makeFolder("read")
        let result = try #require(EngineFixture.result("""
            points = csv "data/points.csv" label=class
            print points.count
            print points.features
            """, directory: folder))
        #expect(result.diagnostics.isEmpty)
        #expect(result.values == ["points.count": "3", "points.features": "2"])
    }

    @Test func refusesASymbolicLinkThatLeavesTheFolder() throws {
        let folder = try Self.makeFolder("link")
        let result = try #require(EngineFixture.result("points = csv \"link.csv\"\nprint points.count", directory: folder))
        #expect(result.diagnostics.map(\.message) == ["the path \"link.csv\" leads outside the notebook's folder"])
        #expect(result.values.isEmpty)
    }

    @Test func aMissingFileIsALocatedError() throws {
        let folder = try Self.makeFolder("missing")
        let result = try #require(EngineFixture.result("points = csv \"nothing.csv\"", directory: folder))
        // at the path, not at the statement
        #expect(result.diagnostics.map(\.location) == [SourceLocation(file: "t.md", line: 3, column: 14)])
        #expect(result.diagnostics.map(\.message) == ["cannot read \"nothing.csv\": no such file next to the notebook"])
    }

    @Test func aNameWhoseStatementFailedIsNotTakenFromAnEarlierBlock() throws {
        let folder = try Self.makeFolder("shadow")
        var fixture = EngineFixture(["points = moons n=10", "points = csv \"nothing.csv\"", "print points.count"],
                                    directory: folder)
        let (text, results) = fixture.run()
        #expect(text == "")
        #expect(results[1].failedNames == ["points"])
        #expect(results[2].items.isEmpty && results[2].diagnostics.isEmpty)
    }

    @Test func csvErrorsAreLocatedInTheCSVFileWithANoteAtTheStatement() throws {
        let folder = try Self.makeFolder("ragged")
        let result = try #require(EngineFixture.result("points = csv \"ragged.csv\" label=class", directory: folder))
        #expect(result.diagnostics.map(\.severity) == [.error, .note])
        #expect(result.diagnostics[0].location == SourceLocation(file: "ragged.csv", line: 3, column: 7))
        #expect(result.diagnostics[0].message.contains("4 fields"))
        #expect(result.diagnostics[1].location == SourceLocation(file: "t.md", line: 3, column: 1))
    }

    @Test func sizesOnlyTheCSVKnowsAreCheckedWhenTraining() throws {
        let folder = try Self.makeFolder("sizes")
        let result = try #require(EngineFixture.result("""
            points = csv "data/points.csv" label=class
            net = network 3-2-1
            m = train net on points epochs=5 rate=0.1
            print m.loss
            """, directory: folder))
        #expect(result.diagnostics.map(\.message) == [
            "'net' cannot be trained on 'points': the dataset has 2 features but the network takes 3 inputs",
        ])
        #expect(result.diagnostics.first?.hint == "make the network's shape start with 2")
        #expect(result.values.isEmpty)
    }
}
