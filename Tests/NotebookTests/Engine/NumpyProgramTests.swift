import Foundation
import Markup
import NeuralNet
@testable import Notebook
import Testing

@Suite struct NumpyProgramTests {
    static func exports(_ block: String) throws -> [String: String] {
        let result = try #require(EngineFixture.result(block))
        #expect(result.diagnostics.isEmpty)
        var files: [String: String] = [:]
        for case .export(let name, let data) in result.items { files[name] = String(decoding: data, as: UTF8.self) }
        return files
    }

    /// A 2-2-1 network with explicit weights on two points, trained three times: the whole text.
    @Test func programOfATinyModel() throws {
        let files = try Self.exports("""
            data = blobs n=2 centers=[[0.5,1],[2,3]] spread=0
            net = network 2-2-1 hidden=tanh output=sigmoid w1=[[0.1,0.2],[0.3,0.4]] b1=[0.5,-0.25] w2=[[0.7,-0.8]]
            m = train net on data epochs=3 rate=0.5
            export m to "train.py"
            """)
        let text = try #require(files["train.py"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The two samples, in the dataset's order, with their classes in the same order.
        let start = try #require(lines.firstIndex(of: "X = np.array(["))
        let rows = Array(lines[(start + 1)...].prefix { $0.hasPrefix("    [") })
        #expect(Set(rows) == ["    [0.5, 1.0],", "    [2.0, 3.0],"])
        let labels = rows == ["    [0.5, 1.0],", "    [2.0, 3.0],"] ? "[0, 1]" : "[1, 0]"
        let expected = """
            # Trains 'm' again with numpy, as weave trained it: a 2-2-1 network
            # (tanh, sigmoid), cross-entropy loss, full-batch gradient descent at rate
            # 0.5 for 3 iterations. Written by weave; run with: python3 train.py
            import json

            import numpy as np

            # The data: 2 samples of 2 features, and their classes 0 to 1.
            X = np.array([
            \(rows[0])
            \(rows[1])
            ])
            y = np.array(\(labels))
            Y = y.reshape(-1, 1).astype(float)  # one output: the target is the class itself

            # init: the weights before training, one row per neuron and one column per input.
            W1 = np.array([
                [0.1, 0.2],
                [0.3, 0.4],
            ])
            b1 = np.array([0.5, -0.25])
            W2 = np.array([[0.7, -0.8]])
            b2 = np.array([0.0])


            def sigmoid(z):
                return 1 / (1 + np.exp(-z))


            def forward(X):
                Z1 = X @ W1.T + b1
                A1 = np.tanh(Z1)
                Z2 = A1 @ W2.T + b2
                A2 = sigmoid(Z2)
                return Z1, A1, Z2, A2


            def cost(A2, Y):
                return -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / len(Y)


            def backward(X, Y, Z1, A1, Z2, A2):
                dZ2 = (A2 - Y) / len(Y)
                dW2 = dZ2.T @ A1
                db2 = dZ2.sum(axis=0)
                dZ1 = dZ2 @ W2 * (1 - A1 * A1)
                dW1 = dZ1.T @ X
                db1 = dZ1.sum(axis=0)
                return dW1, db1, dW2, db2


            rate = 0.5
            for i in range(3):
                Z1, A1, Z2, A2 = forward(X)
                if i % 1 == 0:
                    print(f"iteration {i}: cost {cost(A2, Y):.10g}")
                dW1, db1, dW2, db2 = backward(X, Y, Z1, A1, Z2, A2)
                W1 -= rate * dW1
                b1 -= rate * db1
                W2 -= rate * dW2
                b2 -= rate * db2

            Z1, A1, Z2, A2 = forward(X)
            print(f"after 3 iterations: cost {cost(A2, Y):.10g}")
            predicted = (A2[:, 0] >= 0.5).astype(int)  # predict: class 1 when the output is at least 0.5
            print(f"accuracy on the training data: {np.mean(predicted == y):.10g}")
            print(json.dumps({"layers": [{"weights": W1.tolist(), "biases": b1.tolist()}, {"weights": W2.tolist(), "biases": b2.tolist()}]}))

            """
        #expect(text == expected)
    }

    /// Softmax, relu, leaky relu and the squared error each write their own lines.
    @Test func otherActivationsAndLosses() throws {
        let files = try Self.exports("""
            three = blobs n=9 centers=[[-1,-1],[1,1],[1,-1]] spread=0.4 seed=0
            deep = network 2-4-3-3 activations=[relu, leakyrelu, softmax] leak=0.05 seed=2
            c = train deep on three epochs=20 rate=0.05
            export c to "c.py"
            small = network 2-3-3 hidden=identity output=sigmoid seed=1
            s = train small on three epochs=4 rate=0.5 loss=squared
            export s to "s.py"
            """)
        let c = try #require(files["c.py"]), s = try #require(files["s.py"])
        for line in ["Y = np.eye(3)[y]  # one output per class: the target is 1 at its class, else 0",
                     "    A1 = np.maximum(Z1, 0)", "    A2 = np.where(Z2 > 0, Z2, 0.05 * Z2)", "    A3 = softmax(Z3)",
                     "    return -np.sum(Y * np.log(A3)) / len(Y)", "    dZ3 = (A3 - Y) / len(Y)",
                     "    dZ2 = dZ3 @ W3 * np.where(Z2 > 0, 1, 0.05)", "    dZ1 = dZ2 @ W2 * (Z1 > 0)",
                     "predicted = np.argmax(A3, axis=1)  # predict: the class of the largest output",
                     "for i in range(20):", "    if i % 2 == 0:"] {
            #expect(c.contains(line + "\n"), "\(line)")
        }
        for line in ["    A1 = Z1", "    return 0.5 * np.sum((Y - A2) ** 2) / len(Y)",
                     "    dZ2 = (A2 - Y) / len(Y) * A2 * (1 - A2)", "    dZ1 = dZ2 @ W2\n"] {
            #expect(s.contains(line), "\(line)")
        }
        #expect(!s.contains("def softmax"))
    }

    @Test func modelsItCannotWriteAreLocatedErrors() throws {
        let blocks = ["""
            data = moons n=20 seed=1
            net = network 2-2-1
            a = train net on data epochs=2 rate=0.1 optimizer=adam
            export a to "a.py"
            """, """
            net = network 2-2-2 hidden=sigmoid output=sigmoid
            d = train net input=[0.05,0.1] target=[0.01,0.99] epochs=2 rate=0.5
            export d to "d.py"
            """, """
            data = moons n=20 seed=1
            net = network 2-2-1
            b = train net on data epochs=2 rate=0.1 batch=5
            export b to "b.py"
            full = train net on data epochs=2 rate=0.1 batch=20
            export full to "full.py"
            """]
        let results = EngineFixture.results(blocks)
        try #require(results.count == 3)
        let messages = results.map { $0.diagnostics.map(\.message) }
        #expect(messages[0] == ["'a' was trained with optimizer=adam; a numpy program is written only for "
                                + "full-batch gradient descent (optimizer=gd batch=full l2=0)"])
        #expect(messages[1] == ["'d' was trained on one explicit sample; a numpy program is written only for "
                                + "a model trained 'on' a dataset"])
        #expect(messages[2].count == 1 && messages[2][0].hasPrefix("'b' was trained with batch=5;"))
        #expect(results[0].diagnostics.first?.location.line == NotebookFixture(blocks).blocks[0].lines[3].start.line)
        #expect(results[2].items.contains { if case .export("full.py", _) = $0 { true } else { false } })
    }

    @Test func aModelFileWithAnotherExtensionSuggestsThePythonProgram() {
        let fixture = NotebookFixture("""
            data = moons n=20 seed=1
            net = network 2-2-1
            m = train net on data epochs=2 rate=0.1
            export m to "m.txt"
            """)
        let text = fixture.check().text
        #expect(text.contains("should end in '.json'"))
        #expect(text.contains("or \"train.py\" for a numpy program that trains it again"))
    }

    @Test func theProgramIsFoldedOnThePageAndEscaped() {
        let program = "print('a < b & c')\n"
        let node = BlockRenderer.program(fileName: "train.py", data: Data(program.utf8))
        #expect(node?.render() == #"<details class="program"><summary>Show the numpy program</summary>"#
            + #"<pre><code class="language-python">print('a &lt; b &amp; c')"# + "\n</code></pre></details>")
        #expect(BlockRenderer.program(fileName: "m.json", data: Data(program.utf8)) == nil)
        let long = Data(repeating: 0x61, count: BlockRenderer.maximumShownProgram + 1)
        #expect(BlockRenderer.program(fileName: "train.py", data: long) == nil)
    }

    /// A cached model keeps what it was trained from, so it still exports its program.
    @Test func theOriginSurvivesTheCache() throws {
        let data = Dataset(features: Matrix(rows: 2, columns: 1, values: [0.5, 2]), labels: [0, 1])
        let network = try Network(sizes: [1, 1], activations: [.sigmoid], initializer: .scaledNormal, seed: 3)
        var model = TrainedModel(label: "m", network: network, history: [], finalLoss: 0.5, epochsCompleted: 1,
                                 divergence: nil, loss: .binaryCrossEntropy, rate: 0.1, epochs: 1, record: 1)
        model.origin = TrainingOrigin(network: network, data: data, unsupported: "batch=1")
        let decoded = try JSONDecoder().decode(TrainedModel.self, from: JSONEncoder().encode(model))
        #expect(decoded == model)
        #expect(decoded.origin?.unsupported == "batch=1")
        model.origin = nil
        #expect(try JSONDecoder().decode(TrainedModel.self, from: JSONEncoder().encode(model)).origin == nil)
    }
}
