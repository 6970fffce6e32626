import Foundation
import NeuralNet
import Testing
@testable import Notebook

/// plot network, the trace's chain and surface, run through the interpreter.
@Suite struct BlockRunDiagramsTests {
    static let example = """
        example = network 2-2-2 hidden=sigmoid output=sigmoid w1=[[0.1, 0.2], [0.3, 0.4]] b1=[0.55, 0.55] w2=[[0.5, 0.6], [0.7, 0.8]] b2=[0.66, 0.66]
        step = trace example input=[0.1, 0.2] target=[0.01, 0.99] loss=squared rate=0.5

        """

    func result(_ lines: String) throws -> BlockResult {
        let result = try #require(EngineFixture.result(Self.example + lines))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        return result
    }

    @Test func networkDiagramsLabelEdgesAndShowThePasses() throws {
        let figures = try result("""
            plot network example
            plot network step show=forward
            plot network step show=backward
            plot network step show=update
            """).figures
        #expect(figures.count == 4)
        #expect(figures[0].title == "Network example")
        for label in ["w1 0.1", "w5 0.5", "w8 0.8", ">0.55<", ">0.66<", ">b1<", ">b2<", ">o2<"] {
            #expect(figures[0].svg.contains(label), "\(label)")
        }
        #expect(!figures[0].svg.contains("net "))
        // forward: net input and output of every neuron, four digits
        #expect(figures[1].title == "step: forward pass")
        #expect(figures[1].svg.contains("net 1.378") && figures[1].svg.contains("out 0.7987") && figures[1].svg.contains(">0.2<"))
        // backward: δ of every neuron after the inputs
        #expect(figures[2].svg.contains("δ 0.1268") && figures[2].svg.contains("δ -0.02077"))
        // update: each weight and bias before → after
        #expect(figures[3].svg.contains("w5 0.5") && figures[3].svg.contains("→ 0.4591") && figures[3].svg.contains("→ 0.5444"))
        #expect(figures[3].description.contains("before → after"))
    }

    @Test func aWideNetworkIsDrawnWithoutNumbers() throws {
        let figure = try #require(result("""
            wide = network 2-10-2 hidden=tanh output=sigmoid init=normal seed=3
            plot network wide
            """).figures.first)
        #expect(!figure.svg.contains("w1 "))
        #expect(figure.svg.contains("stroke-opacity"))
        #expect(figure.svg.utf8.count < 12_000)
    }

    /// A sweep's member is drawn as the network it trained: its weights, under its member name.
    @Test func aSweepMemberIsDrawnAsItsNetwork() throws {
        let figures = try result("""
            nets = network 2-3-2 hidden=tanh output=sigmoid seed=[1, 2]
            plot network nets[2]
            data = moons n=20 seed=1
            rates = train example on data epochs=3 rate=[0.1, 2]
            plot network rates[2]
            plot network rates[1]
            """).figures
        #expect(figures.count == 3)
        #expect(figures[0].title == "Network nets[2]")
        #expect(figures[1].title == "Network rates[2]")
        // Trained at different rates, the two members' diagrams show different weights.
        #expect(figures[1].svg != figures[2].svg)
        #expect(!figures[1].svg.contains("w5 0.5<"))
    }

    /// A hidden neuron's paths read as a typeset sum: true minus signs, no line starting with an operator.
    @Test func pathsAreWrittenAsASum() {
        #expect(TraceTables.sum([0.5, 0.25]) == "0.5\u{00A0}+ 0.25")
        #expect(TraceTables.sum([-0.5, -0.25, 1]) == "\u{2212}0.5\u{00A0}\u{2212} 0.25\u{00A0}+ 1")
        #expect(TraceTables.sum([0.125]) == "0.125")
    }

    @Test func chainPrintsATableOfEveryWeight() throws {
        let tables = try result("print step.chain").items.compactMap { item -> DataTable? in
            if case .table(let table) = item { return table } else { return nil }
        }
        let chain = try #require(tables.last)
        #expect(chain.caption == "step: the chain rule, factor by factor")
        #expect(chain.rows.count == 8)
        #expect(chain.rows[0][0].text == "w1")
        #expect(chain.rows[0][1].text == "0.06339805\u{00A0}\u{2212} 0.01453656", "\(chain.rows[0][1].text)")
        #expect(chain.rows[4][0].text == "w5" && chain.rows[4][1].text == "")
        #expect(abs((chain.rows[4][5].value ?? 0) - 0.08186670504) < 1e-11)
        #expect(chain.rows[4][5].text == "0.08186671")
    }

    @Test func surfaceFindsTwoMinimaAndPlotsThem() throws {
        let result = try result("""
            pts = blobs n=5 centers=[[-2], [-0.5], [0], [1], [2]] classes=[0, 1, 0, 1, 1] spread=0
            tiny = network 1-1-1 hidden=tanh output=sigmoid w1=[[1]] b1=[-0.5] w2=[[1]] b2=[0]
            s = surface tiny on pts weights=[w1, w2] x=[-4, 4] y=[-4, 4] from=[[-3, -3], [0, 2]] rate=2 steps=300
            plot surface s
            expect s.minima[1][3] = 0.07711168777 tol=1e-9
            expect s.ends[2][1] = 1.497355156 tol=1e-6
            """)
        let figure = try #require(result.figures.first)
        #expect(figure.title == "s: the loss over w1 and w2")
        #expect(figure.description.contains("2 gradient-descent paths and 2 local minima"))
        #expect(figure.svg.contains("<desc>s: the loss over w1 and w2 as filled contours"))
        #expect(figure.svg.utf8.count < 12_000)
        let surface = try #require(result.definitions.compactMap { definition -> ErrorSurface? in
            if case .surface(let s) = definition.value { return s } else { return nil }
        }.first)
        #expect(surface.paths.map(\.count) == [301, 301])
        #expect(surface.minima.count == 2 && surface.minima[0][2] < surface.minima[1][2])
        // cached with the block: every bit survives
        let back = try JSONDecoder().decode(SessionValue.self, from: JSONEncoder().encode(SessionValue.surface(surface)))
        #expect(back == .surface(surface))
        let t = try #require(EngineFixture.result(Self.example)?.definitions.first { $0.name == "step" })
        guard case .trace(let trace) = t.value else { Issue.record("not a trace"); return }
        let chain = SessionValue.chain(trace, weights: [5])
        #expect(try JSONDecoder().decode(SessionValue.self, from: JSONEncoder().encode(chain)) == chain)
    }
}
