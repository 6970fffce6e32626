import Foundation
import NotebookLanguage
import Testing
@testable import Notebook

/// Literal data, the author's plot keys and quiet evaluations, as the interpreter draws them.
@Suite struct BlockRunPlotKeysTests {
    static let setup = """
        xor = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]
        net = network 2-3-1 seed=1
        rates = train net on xor epochs=50 rate=[0.1, 0.5]
        m = train net on xor epochs=50 rate=0.5

        """

    func result(_ lines: String) throws -> BlockResult {
        let result = try #require(EngineFixture.result(Self.setup + lines))
        #expect(result.diagnostics.isEmpty)
        return result
    }

    @Test func pointsAreTheDatasetAsWritten() throws {
        let result = try self.result("print xor.count\nprint xor.classes\nplot data xor")
        #expect(result.values["xor.count"] == "4")
        #expect(result.values["xor.classes"] == "2")
        #expect(result.figures[0].description == "Dataset xor: 4 points in 2 classes (2 of class 0, 2 of class 1).")
    }

    @Test func labelsNameCurvesPanelsAndClasses() throws {
        let figures = try result("""
            plot loss rates labels=["slow", "fast"]
            plot boundary rates on xor labels=["first", "second"] grid=1x2
            plot data xor labels=["false", "true"]
            """).figures.filter { !$0.isKey }
        #expect(figures[0].description.hasPrefix("Loss during training: slow falls from "))
        #expect(figures[0].svg.contains(">fast</text>"))
        #expect(figures[1].title.hasPrefix("first · "))
        #expect(figures[2].title.hasPrefix("second · "))
        #expect(figures[3].svg.contains(">false</text>"))
        #expect(figures[3].svg.contains(">true</text>"))
    }

    /// A title keeps the accuracy read-out of a decision-boundary plot unless `readout=false`.
    @Test func titlesKeepTheReadout() throws {
        let figures = try result("""
            plot boundary m on xor title="After training"
            plot boundary m on xor title="After training" readout=false
            plot boundary rates on xor readout=false
            """).figures.filter { !$0.isKey }
        #expect(figures[0].title.hasPrefix("After training · "))
        #expect(figures[0].title.hasSuffix("/4"))
        #expect(figures[1].title == "After training")
        #expect(figures[2].title == "rate = 0.1")
    }

    @Test func ylimAndLegendReachTheFigure() throws {
        let figures = try result("""
            plot loss rates ylim=[0, 2] legend=none
            plot loss rates legend=bottom-left
            """).figures
        #expect(figures[0].svg.contains(">2.0</text>"))
        #expect(SVGReaderShim.legendCount(figures[0].svg) == 0)
        #expect(SVGReaderShim.legendCount(figures[1].svg) == 1)
    }

    @Test func evaluateShowsWhatItIsAskedTo() throws {
        let tables = { (line: String) throws -> [String] in try self.result(line).tables.map(\.caption) }
        #expect(try tables("evaluate m on xor").count == 2)
        #expect(try tables("evaluate m on xor show=summary") == ["Evaluation of m on xor"])
        #expect(try tables("evaluate m on xor show=confusion").count == 1)
        #expect(try tables("e = evaluate m on xor\nexpect e.accuracy >= 0").isEmpty)
        #expect(try tables("evaluate m on xor show=none").isEmpty)
    }

    /// A CSV file's classes are counted when it is read, so a wrong number of labels is found then.
    @Test func labelsForACSVFileAreCountedWhenItIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("weave-plotkeys-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a,b,label\n0,0,0\n1,1,1\n0,1,2\n".write(to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let blocks = ["data = csv \"p.csv\"\nplot data data labels=[\"x\", \"y\"]"]
        let result = try #require(EngineFixture.results(blocks, directory: folder).first)
        #expect(EngineFixture.formatted(result.diagnostics, blocks: blocks) == """
            t.md:4:1: error: 'labels' has 2 names for 3 classes
               4 | plot data data labels=["x", "y"]
                 | ^ give one name per class
            1 error

            """)
    }
}

/// Legend boxes in an SVG, as SVGPlot writes them.
enum SVGReaderShim {
    static func legendCount(_ svg: String) -> Int { svg.components(separatedBy: "<rect class=\"legend\"").count - 1 }
}
