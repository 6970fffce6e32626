@testable import NeuralNet
import Testing

@Suite struct LanesTests {
    @Test func padsToMultiplesOfEight() {
        #expect([0, 1, 8, 9, 60, 64].map(Lanes.paddedCount) == [0, 8, 8, 16, 64, 64])
    }

    /// Sample s goes into running sum s mod 8; the eight are added pairwise.
    @Test func sumsInEightRunningSumsAddedPairwise() {
        // 1e16 + 1 − 1e16 is 0 in sequence but 1 when 1 and −1e16 + 1e16 land in other sums
        var a = [Double](repeating: 0, count: 16)
        (a[0], a[1], a[9]) = (1e16, 1, -1e16)
        let sum = a.withUnsafeBufferPointer { Lanes.sum($0.baseAddress!, count: 16) }
        // sums: s0 = 1e16, s1 = 1 + (−1e16) = −1e16 (the 1 is lost), so (s0 + s1) = 0
        #expect(sum == 0)
        (a[1], a[9], a[8]) = (0, 0, 1)
        // s0 = 1e16 + 1 rounds to 1e16 (spacing 2), so the 1 in lane 8 is lost too
        #expect(a.withUnsafeBufferPointer { Lanes.sum($0.baseAddress!, count: 16) } == 1e16)
    }

    @Test func dotProductOfRows() {
        let a: [Double] = (0..<16).map(Double.init), b = [Double](repeating: 0.5, count: 16)
        let dot = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { Lanes.dot(a.baseAddress!, $0.baseAddress!, count: 16) } }
        #expect(dot == 60)   // ½ · (0 + … + 15)
    }

    /// Each lane gets exactly the sequential dot product over rows, then the bias.
    @Test func weightedSumIsTheSequentialDotProductPlusBias() {
        let rows: [Double] = (0..<24).map { 0.1 * Double($0) + 1 / 3 }   // 3 rows × 8 lanes
        let w: [Double] = [0.7, -1.3, 2.9]
        var y = [Double](repeating: 0, count: 8)
        rows.withUnsafeBufferPointer { r in
            w.withUnsafeBufferPointer { w in
                y.withUnsafeMutableBufferPointer {
                    Lanes.weightedSum(of: r.baseAddress!, stride: 8, rowCount: 3, weights: w.baseAddress!,
                                      bias: 0.25, into: $0.baseAddress!, count: 8)
                }
            }
        }
        for s in 0..<8 {
            var sum = 0.0
            for j in 0..<3 { sum += rows[j * 8 + s] * w[j] }
            #expect(y[s] == sum + 0.25)
        }
    }

    /// The general path's sums over samples use the same order: 1e16 − 1e16 + 1 is 1 in
    /// sequence, but in lane order sample 8 (the 1) joins sample 0 (1e16) and is lost.
    @Test func generalPathSumsOverSamplesInLaneOrder() {
        var column = [Double](repeating: 0, count: 11)
        (column[0], column[1], column[8]) = (1e16, -1e16, 1)
        #expect(Lanes.sum(count: 11) { column[$0] } == 0)
        let x = Matrix(rows: 11, columns: 1, values: column)
        var sums = [Double](repeating: 0, count: 1)
        x.columnSums(into: &sums)
        #expect(sums == [0])
        var product = Matrix(rows: 1, columns: 1)
        Matrix.multiply(transposing: x, Matrix(rows: 11, columns: 1, repeating: 1), into: &product)
        #expect(product.values == [0])
        #expect(column.reduce(0, +) == 1)
    }
}
