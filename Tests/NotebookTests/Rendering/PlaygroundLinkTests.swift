import Foundation
import NeuralNet
@testable import Notebook
import NotebookLanguage
import Testing

/// `plot boundary … playground=true`: the address carries the dataset, noise, shape, activation
/// and rate; the checker refuses what Playground cannot build.
@Suite struct PlaygroundLinkTests {
    @Test func addressCarriesTheSetup() throws {
        let net = try Network(sizes: [2, 4, 3, 1], activations: [.relu, .relu, .sigmoid], initializer: .scaledNormal, seed: 0)
        let url = try #require(PlaygroundLink.url(network: net, rate: 0.03,
                                                  data: PlaygroundSpec(kind: .xor, count: 200, noise: 0.15, seed: 0)))
        #expect(url.hasPrefix("https://playground.tensorflow.org/#activation=relu&"))
        let fields = Dictionary(uniqueKeysWithValues: url.split(separator: "#")[1].split(separator: "&").map {
            let parts = $0.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        })
        #expect(fields["dataset"] == "xor" && fields["noise"] == "15" && fields["learningRate"] == "0.03")
        #expect(fields["networkShape"] == "4,3" && fields["problem"] == "classification")
        let linear = try Network(sizes: [2, 8, 2], activations: [.identity, .sigmoid], initializer: .scaledNormal, seed: 0)
        #expect(PlaygroundLink.url(network: linear, rate: 1, data: PlaygroundSpec(kind: .spiral, count: 9, noise: 0, seed: 0))?
            .contains("activation=linear&") == true)
        let wide = try Network(sizes: [2, 9, 1], activations: [.tanh, .sigmoid], initializer: .scaledNormal, seed: 0)
        #expect(PlaygroundLink.url(network: wide, rate: 1, data: PlaygroundSpec(kind: .circle, count: 9, noise: 0, seed: 0)) == nil)
    }

    static let setup = """
        xor = playground xor n=40 noise=0.1 seed=0
        moons = moons n=40
        net = network 2-4-1 hidden=tanh
        m = train net on xor epochs=20 rate=0.1
        """

    @Test func theLinkIsUnderTheFigure() throws {
        let fixture = NotebookFixture(Self.setup + "\nplot boundary m on xor playground=true")
        var interpreter = Interpreter(notebookDirectory: FileManager.default.temporaryDirectory)
        let (blocks, text) = fixture.check()
        #expect(text == "")
        let result = interpreter.run(try #require(blocks.first), index: 1)
        let html = BlockRenderer().render(index: 1, source: fixture.blocks[0], result: result).render()
        #expect(html.contains(#"<p class="figure-links"><a href="https://playground.tensorflow.org/#activation=tanh&amp;batchSize=10&amp;dataset=xor&amp;"#))
        #expect(html.contains(">Open in TensorFlow Playground</a></p></figure>"))
        #expect(html.contains("&amp;noise=10&amp;networkShape=4&amp;"))
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(BlockResult.self, from: data) == result)
    }

    @Test func whatPlaygroundCannotBuildIsRefused() {
        func check(_ lines: String) -> String { NotebookFixture(Self.setup + "\n" + lines).check().text }
        #expect(check("mm = train net on moons epochs=5 rate=0.1\nplot boundary mm on moons playground=true")
            .contains("error: a Playground link needs a dataset made by 'playground', and 'moons' is not one"))
        #expect(check("w = network 2-9-1\nwm = train w on xor epochs=5 rate=0.1\nplot boundary wm on xor playground=true")
            .contains("error: TensorFlow Playground cannot build 'wm'"))
        #expect(check("a = network 2-4-4-1 activations=[tanh, relu, sigmoid]\nam = train a on xor epochs=5 rate=0.1\n"
                      + "plot boundary am on xor playground=true").contains("error: TensorFlow Playground cannot build 'am'"))
        #expect(check("plot boundary m on xor playground=false") == "")
    }
}
