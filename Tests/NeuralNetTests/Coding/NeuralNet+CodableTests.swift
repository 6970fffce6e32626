import Foundation
import Testing
@testable import NeuralNet

/// Round trips through JSON keep every bit; damaged input is a decoding error, never a trap.
@Suite struct NeuralNetCodableTests {
    func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func matrixKeepsNaNPayloadsNegativeZeroAndSubnormals() throws {
        let values = [Double(bitPattern: 0x7ff8_0000_0000_0042), -0.0, 4.9e-324, -.infinity, 0.1]
        let back = try roundTrip(Matrix(rows: 1, columns: 5, values: values))
        #expect(back.values.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(back.rows == 1 && back.columns == 5)
    }

    @Test func everyActivationAndLoss() throws {
        let activations: [Activation] = [.identity, .step, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.05), .softmax]
        for activation in activations { #expect(try roundTrip(activation) == activation) }
        for loss in [Loss.squaredError, .binaryCrossEntropy, .softmaxCrossEntropy] { #expect(try roundTrip(loss) == loss) }
        #expect(throws: DecodingError.self) { try decode(Activation.self, #"{"name":"tahn"}"#) }
        #expect(throws: DecodingError.self) { try decode(Loss.self, #""hinge""#) }
    }

    @Test func networkDatasetHistoryAndTrace() throws {
        var random = NumpyRandom(seed: 3)
        let network = try Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], initializer: .xavierUniform,
                                  generator: &random)
        #expect(try roundTrip(network) == network)
        let data = Dataset(features: Matrix([[0, 1], [1, 0]]), labels: [0, 1], classNames: ["no", "yes"])
        #expect(try roundTrip(data) == data)
        let records = [LossRecord(epoch: 0, loss: 0.69), LossRecord(epoch: 10, loss: .nan)]
        #expect(try roundTrip(records).map(\.loss.bitPattern) == records.map(\.loss.bitPattern))
        #expect(try roundTrip(Divergence.Cause.loss(.infinity)) == .loss(.infinity))
        #expect(try roundTrip(Divergence.Cause.weights) == .weights)
        // A trace is recomputed from its inputs: every intermediate comes back the same.
        let trace = try StepTrace(network: network, input: [0.5, -1], target: [1], loss: .squaredError, rate: 0.5)
        #expect(try roundTrip(trace) == trace)
    }

    @Test func inconsistentShapesAreErrors() {
        #expect(throws: DecodingError.self) { try decode(Matrix.self, #"{"rows":2,"columns":2,"bits":[0]}"#) }
        #expect(throws: DecodingError.self) { try decode(Matrix.self, #"{"rows":-1,"columns":0,"bits":[]}"#) }
        #expect(throws: DecodingError.self) {
            try decode(Layer.self, #"{"weights":{"rows":2,"columns":1,"bits":[0,0]},"biases":[0],"activation":{"name":"relu"}}"#)
        }
        #expect(throws: DecodingError.self) {
            try decode(Dataset.self, #"{"features":{"rows":1,"columns":1,"bits":[0]},"labels":[2],"classCount":2,"featureNames":["x"],"classNames":["a","b"]}"#)
        }
        #expect(throws: DecodingError.self) { try decode(Network.self, "[]") }
    }
}
