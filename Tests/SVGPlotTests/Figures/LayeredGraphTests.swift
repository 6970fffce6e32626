import Testing
import TestSupport

@testable import SVGPlot

@Suite struct LayeredGraphTests {
    /// A 2-2-1 graph with bias squares, every edge labelled, as a caller would build it.
    static let labelled = LayeredGraph(
        columns: [
            [.init(label: "x1", annotation: ["0.1"]), .init(label: "x2", annotation: ["0.2"]), .init(label: "b1", isBias: true)],
            [.init(label: "h1", annotation: ["net 0.6", "out 0.65"]), .init(label: "h2"), .init(label: "b2", isBias: true)],
            [.init(label: "o1", annotation: ["net 1.2", "out 0.77"])],
        ],
        edges: [
            .init(from: (0, 0), to: (1, 0), value: 0.1, label: ["w1 0.1"]), .init(from: (0, 1), to: (1, 0), value: 0.2, label: ["w2 0.2"]),
            .init(from: (0, 0), to: (1, 1), value: -0.3, label: ["w3 -0.3"]), .init(from: (0, 1), to: (1, 1), value: 0.4, label: ["w4 0.4"]),
            .init(from: (0, 2), to: (1, 0), value: 0.5, label: ["0.5"]), .init(from: (0, 2), to: (1, 1), value: 0.5, label: ["0.5"]),
            .init(from: (1, 0), to: (2, 0), value: 0.7, label: ["w5 0.7", "→ 0.69"]),
            .init(from: (1, 1), to: (2, 0), value: -0.8, label: ["w6 -0.8", "→ -0.81"]),
            .init(from: (1, 2), to: (2, 0), value: 0.6, label: ["0.6"]),
        ],
        title: "A <small> network", key: "g1")

    @Test func labelledGraphSnapshot() {
        let svg = Self.labelled.svg()
        #expect(XMLCheck.isWellFormed(svg))
        #expect(svg.contains("<title>A &lt;small&gt; network</title>"))
        for text in ["w1 0.1", "w6 -0.8", "→ -0.81", "net 0.6", "out 0.77", ">b2<", ">o1<"] { #expect(svg.contains(text), "\(text)") }
        // labelled edges are two paths, weights and dashed biases; the bias inputs are squares
        #expect(svg.components(separatedBy: "class=\"axis\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "<rect class=\"gnode\"").count - 1 == 2)
        #expect(svg.utf8.count <= 6_000, "labelled graph is \(svg.utf8.count) bytes")
        snapshots.assertMatches(svg, named: "layered-graph.svg")
    }

    /// Labels of one node's edges, and of crossing edges from neighbouring nodes, never overlap.
    @Test func edgeLabelsKeepApart() {
        let graph = Self.labelled
        let t = 0.4   // nodes carry text under them
        var centres: [(Double, Double)] = []
        for edge in graph.edges {
            let (a, b) = (graph.center(edge.from), graph.center(edge.to))
            centres.append((a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t))
        }
        for i in centres.indices {
            for j in centres.indices where j > i && abs(centres[i].0 - centres[j].0) < 40 {
                let lines = Double(max(graph.edges[i].label.count, graph.edges[j].label.count))
                #expect(abs(centres[i].1 - centres[j].1) >= lines * LayeredGraph.lineHeight, "edges \(i) and \(j)")
            }
        }
    }

    @Test func unlabelledGraphShowsWeightsByWidthAndColour() {
        let columns: [[LayeredGraph.Node]] = [(0..<2).map { .init(label: "x\($0)") }, (0..<10).map { .init(label: "h\($0)") }]
        let edges = (0..<20).map { k in
            LayeredGraph.Edge(from: (0, k % 2), to: (1, k / 2), value: Double(k - 10) / 10)
        }
        let svg = LayeredGraph(columns: columns, edges: edges, title: "Wide", key: "g2").svg()
        #expect(XMLCheck.isWellFormed(svg))
        // the largest |weight| (−1) is widest and opaque, zero thinnest and faint
        #expect(svg.contains("stroke=\"\(LayeredGraph.negative.hex)\" stroke-width=\"4\" stroke-opacity=\"1\""))
        #expect(svg.contains("stroke=\"\(LayeredGraph.positive.hex)\" stroke-width=\".5\" stroke-opacity=\".3\"")
                || svg.contains("stroke-width=\"0.5\" stroke-opacity=\"0.3\""))
        #expect(svg.contains(">−1<") && svg.contains(">+1<"))   // the key under the graph
        #expect(!svg.contains(">h3<"))                           // ten nodes: too small for names
    }
}
