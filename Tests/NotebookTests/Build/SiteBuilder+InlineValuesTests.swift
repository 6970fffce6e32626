import NotebookLanguage
import Foundation
import Testing
import TestSupport
@testable import Notebook

/// Inline values end to end: the number of the notebook's state at that point, in text and in
/// math, located errors, and the cache following what each value reads.
@Suite struct SiteBuilderInlineValuesTests {
    static let example = """
        ```nn
        example = network 2-2-2 hidden=sigmoid output=sigmoid w1=[[0.1, 0.2], [0.3, 0.4]] b1=[0.55, 0.55] \\
            w2=[[0.5, 0.6], [0.7, 0.8]] b2=[0.66, 0.66]
        step = trace example input=[0.1, 0.2] target=[0.01, 0.99] loss=squared rate=0.5
        ```
        """

    /// A notebook: the worked example's block, then `prose`, then `after` (more blocks and prose).
    static func notebook(_ prose: String, after: String = "", example: String = Self.example) -> String {
        "# Values\n\n\(example)\n\n\(prose)\n\n\(after)\n"
    }

    func page(_ project: ScratchProject, _ text: String, cached: Bool = true) throws -> String {
        try project.write("notebooks/v.md", text)
        let build = try project.build(cached: cached)
        return String(decoding: try #require(build.files["v.html"]), as: UTF8.self)
    }

    func errors(_ text: String) throws -> String {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("notebooks/v.md", text)
        do {
            _ = try project.build(cached: false)
            return ""
        } catch let failure as BuildFailure {
            return failure.formatted.replacingOccurrences(of: project.notebooks + "/", with: "")
        }
    }

    @Test func insertsNumbersInTextAndInMath() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let html = try page(project, Self.notebook("""
            Outputs `{nn} step.output[1] digits=4` and `{nn} step.output[2] decimals=2`, new w5
            `{nn} step.new.w5`; the error $E \\approx `{nn} step.error digits=4`$ and
            $$w_1' = `{nn} step.new.w1 digits=3` \\quad \\delta = `{nn} step.delta[2][1] digits=3`$$
            """))
        #expect(html.contains("<p>Outputs 0.7987 and 0.84, new w5\n0.4590666475; the error <math"))
        #expect(html.contains("<mi>E</mi><mo>≈</mo><mrow><mn>0.3227</mn></mrow>"))
        #expect(html.contains("<mn>0.0994</mn>"))
        #expect(!html.contains("{nn}"))
    }

    @Test func eachValueSeesTheNotebookAboveIt() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let html = try page(project, Self.notebook("Now `{nn} d.count` points, `{nn} example.parameters` parameters.", after: """
            ```nn
            d = moons n=50 seed=1
            ```

            Then `{nn} d.count` points; `{nn} e.correct` of `{nn} e.count` right: `{nn} e.accuracy`.
            Snapshot `{nn} m.snapshots[2]`, `{nn} m.parameters` parameters.
            """, example: Self.example + """


            ```nn
            d = moons n=40 seed=1
            m = train example on d epochs=20 rate=0.5 snapshots=[0, 5, 20]
            e = evaluate m on d
            ```
            """))
        // 2-2-2: four weights and two biases per layer.
        #expect(html.contains("Now 40 points, 12 parameters."))
        #expect(html.contains("Snapshot 5, 12 parameters."))
        // The count of correct points agrees with the accuracy.
        let sentence = try #require(html.firstMatch(of: /Then 50 points; (\d+) of 40 right: ([0-9.]+)\./))
        #expect(Double(sentence.2)! == Double(Int(sentence.1)!) / 40)
    }

    @Test func aCachedBuildFollowsTheBlocksAValueReads() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let prose = "The error is `{nn} step.error`."
        let first = try page(project, Self.notebook(prose))
        #expect(first.contains("The error is 0.3226845322."))
        // Prose edits run nothing and keep the number.
        let reworded = Self.notebook("So the error is `{nn} step.error`.")
        try project.write("notebooks/v.md", reworded)
        let unchanged = try project.build()
        #expect(project.ran(unchanged).isEmpty)
        #expect(String(decoding: try #require(unchanged.files["v.html"]), as: UTF8.self)
            .contains("So the error is 0.3226845322."))
        // A changed upstream block changes the number, through the cache as without it.
        let changed = Self.notebook(prose, example: Self.example.replacingOccurrences(of: "input=[0.1, 0.2]",
                                                                                       with: "input=[0.2, 0.1]"))
        let cached = try page(project, changed)
        let clean = try page(project, changed, cached: false)
        #expect(cached == clean)
        #expect(!cached.contains("0.3226845322"))
        #expect(cached.contains("The error is 0.32"))
    }

    @Test func errorsAreLocatedWithAHint() throws {
        #expect(try errors(Self.notebook("The error `{nn} stpe.error`.")) == """
            v.md:9:17: error: undefined name 'stpe'
               9 | The error `{nn} stpe.error`.
                 |                 ^~~~ did you mean 'step'?
            1 error

            """)
        #expect(try errors(Self.notebook("It is `{nn} later.loss`.", after: """
            ```nn
            data = moons n=20 seed=1
            later = train example on data epochs=2 rate=0.1
            ```
            """)) == """
            v.md:9:13: error: 'later' is defined further down, on line 13
               9 | It is `{nn} later.loss`.
                 |             ^~~~~ an inline value shows the notebook after the blocks above it: move this text below that block
            1 error

            """)
        #expect(try errors(Self.notebook("A `{nn} step digits=4`.")) == """
            v.md:9:9: error: 'step' is a trace, not a number
               9 | A `{nn} step digits=4`.
                 |         ^~~~ insert one of its numbers, such as step.error
            1 error

            """)
        // Known only when the blocks have run: still located, in the math.
        #expect(try errors(Self.notebook("A $x = `{nn} step.output`$.")) == """
            v.md:9:14: error: 'step.output' is a list of numbers, not a number
               9 | A $x = `{nn} step.output`$.
                 |              ^~~~~~~~~~~ insert a single number, such as step.output[1]
            1 error

            """)
        #expect(try errors(Self.notebook("A `{nn} step.error digit=4` and `{nn} step.error digits=40`.")) == """
            v.md:9:20: error: unknown key 'digit' for '{nn}'
               9 | A `{nn} step.error digit=4` and `{nn} step.error digits=40`.
                 |                    ^~~~~ did you mean 'digits'?
            v.md:9:57: error: 'digits' must be at most 17, not 40
               9 | A `{nn} step.error digit=4` and `{nn} step.error digits=40`.
                 |                                                         ^~
            2 errors

            """)
        #expect(try errors(Self.notebook("A `{nn} step.error digits=2 decimals=3`.")) == """
            v.md:9:38: error: 'digits' and 'decimals' are two ways to round; give one
               9 | A `{nn} step.error digits=2 decimals=3`.
                 |                                      ^ digits=4 keeps four significant digits, decimals=2 two after the point
            1 error

            """)
        #expect(try errors(Self.notebook("A `{nn} ` and `{nn} 3`.")) == """
            v.md:9:9: error: expected a value after {nn}
               9 | A `{nn} ` and `{nn} 3`.
                 |         ^ for example: `{nn} t.output[1] digits=4`
            v.md:9:21: error: expected a name or a reference such as t.output[1], not 3
               9 | A `{nn} ` and `{nn} 3`.
                 |                     ^
            2 errors

            """)
    }
}
