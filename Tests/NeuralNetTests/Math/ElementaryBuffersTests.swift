import NeuralNet
import Testing

@Suite struct ElementaryBuffersTests {
    /// Arguments across every range the functions treat differently, with an odd count so
    /// vectorized loops also run their scalar remainder.
    static let arguments: [Double] = {
        var values: [Double] = [0, -0, .infinity, -.infinity, .nan, 0x1p-1074, -0x1p-1074, 1e-300, 750, -750]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<4_001 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let unit = Double(state >> 11) * 0x1p-53
            let scale = [1.0, 4, 25, 800][i % 4]
            values.append((unit * 2 - 1) * scale)
        }
        return values
    }()

    static func batch(_ f: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void,
                      _ x: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { input in
            y.withUnsafeMutableBufferPointer { output in f(input, output) }
        }
        return y
    }

    static func expectSameBits(_ batch: [Double], _ scalar: (Double) -> Double, _ name: String) {
        var mismatches = 0
        for (x, y) in zip(arguments, batch) {
            let expected = scalar(x)
            // NaN payloads may differ between code shapes; any NaN matches any NaN.
            let same = expected.isNaN ? y.isNaN : y.bitPattern == expected.bitPattern
            if !same { mismatches += 1 }
        }
        #expect(mismatches == 0, "\(name): \(mismatches) of \(batch.count) differ from the scalar function")
    }

    @Test func batchesMatchScalarBitForBit() {
        Self.expectSameBits(Self.batch(Elementary.exp, Self.arguments), Elementary.exp, "exp")
        Self.expectSameBits(Self.batch(Elementary.tanh, Self.arguments), Elementary.tanh, "tanh")
        Self.expectSameBits(Self.batch(Elementary.sigmoid, Self.arguments), Elementary.sigmoid, "sigmoid")
        Self.expectSameBits(Self.batch(Elementary.log, Self.arguments), Elementary.log, "log")
    }

    @Test func batchWorksInPlace() {
        var values = Self.arguments
        values.withUnsafeMutableBufferPointer { Elementary.tanh(UnsafeBufferPointer($0), into: $0) }
        Self.expectSameBits(values, Elementary.tanh, "tanh in place")
        values = Self.arguments
        values.withUnsafeMutableBufferPointer { Elementary.sigmoid(UnsafeBufferPointer($0), into: $0) }
        Self.expectSameBits(values, Elementary.sigmoid, "sigmoid in place")
    }

    /// Every count from 0 to 12, so the last partial group of lanes takes every size.
    @Test func everyRemainderMatchesScalar() {
        for count in 0...12 {
            let x = Array(Self.arguments.suffix(count))
            let tanh = Self.batch(Elementary.tanh, x), sigmoid = Self.batch(Elementary.sigmoid, x)
            #expect(tanh.map(\.bitPattern) == x.map { Elementary.tanh($0).bitPattern }, "count \(count)")
            #expect(sigmoid.map(\.bitPattern) == x.map { Elementary.sigmoid($0).bitPattern }, "count \(count)")
        }
    }

    @Test func emptyBatchIsFine() {
        #expect(Self.batch(Elementary.exp, []).isEmpty)
    }
}
