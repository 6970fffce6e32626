import NeuralNet
import Testing

@Suite struct MatrixArithmeticTests {
    let a = Matrix([[1, 2, 3], [4, 5, 6]])          // 2 × 3
    let b = Matrix([[7, 8], [9, 10], [11, 12]])     // 3 × 2

    @Test func product() {
        // [1·7 + 2·9 + 3·11, 1·8 + 2·10 + 3·12; 4·7 + 5·9 + 6·11, 4·8 + 5·10 + 6·12]
        #expect((a * b).values == [58, 64, 139, 154])
    }

    @Test func transposingProductsAgreeWithExplicitTransposes() {
        let c = Matrix([[1, 0, -1], [2, 1, 0.5]])  // 2 × 3
        var abt = Matrix(rows: 2, columns: 2)
        Matrix.multiply(a, transposing: c, into: &abt)
        #expect(abt == a * c.transposed())
        #expect(abt.values == [-2, 5.5, -2, 16])
        var atb = Matrix(rows: 3, columns: 3)
        Matrix.multiply(transposing: a, c, into: &atb)
        #expect(atb == a.transposed() * c)
    }

    /// The products' and column sums' vector paths (rows of c eight or four entries at a time, bᵀ
    /// on the stack, eight running sums per entry) give exactly the plain formulas' bits for every
    /// shape:
    /// c[i, j] summed from 0 in order of k, and the weight gradient's sum over s in running sums
    /// s mod 8, added pairwise.
    @Test(arguments: [1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 17])
    func productsHaveThePlainFormulasBits(p: Int) {
        var random = NumpyRandom(seed: UInt32(p))
        func matrix(_ rows: Int, _ columns: Int) -> Matrix {
            Matrix(rows: rows, columns: columns, values: (0..<(rows * columns)).map { _ in random.normal() })
        }
        for (m, n) in [(0, 3), (1, 1), (3, 2), (7, 5), (8, 3), (9, 16), (17, 4), (23, 0), (40, 9)] {
            let a = matrix(m, n), b = matrix(n, p), w = matrix(p, n), d = matrix(m, p)
            var ab = Matrix(rows: m, columns: p, repeating: .nan), awt = ab
            var dtx = Matrix(rows: n, columns: p, repeating: .nan)
            Matrix.multiply(a, b, into: &ab)
            Matrix.multiply(a, transposing: w, into: &awt)
            Matrix.multiply(transposing: a, d, into: &dtx)
            for i in 0..<m {
                for j in 0..<p {
                    var (sum, sumT) = (0.0, 0.0)
                    for k in 0..<n {
                        sum += a[i, k] * b[k, j]
                        sumT += a[i, k] * w[j, k]
                    }
                    #expect(ab[i, j].bitPattern == sum.bitPattern, "a·b, \(m)×\(n)×\(p) at \(i), \(j)")
                    #expect(awt[i, j].bitPattern == sumT.bitPattern, "a·wᵀ, \(m)×\(n)×\(p) at \(i), \(j)")
                }
            }
            func total(_ term: (Int) -> Double) -> Double {
                var sums = [Double](repeating: 0, count: 8)
                for s in 0..<m { sums[s % 8] += term(s) }
                return ((sums[0] + sums[1]) + (sums[2] + sums[3])) + ((sums[4] + sums[5]) + (sums[6] + sums[7]))
            }
            for i in 0..<n {
                for j in 0..<p {
                    let expected = total { s in a[s, i] * d[s, j] }
                    #expect(dtx[i, j].bitPattern == expected.bitPattern, "aᵀ·d, \(m)×\(n)×\(p) at \(i), \(j)")
                }
            }
            var sums = [Double](repeating: .nan, count: p)
            d.columnSums(into: &sums)
            for j in 0..<p {
                #expect(sums[j].bitPattern == total { s in d[s, j] }.bitPattern, "column sums, \(m)×\(p) at \(j)")
            }
        }
    }

    @Test func intoOverwritesOldContents() {
        var c = Matrix(rows: 2, columns: 2, repeating: 99)
        Matrix.multiply(a, b, into: &c)
        #expect(c.values == [58, 64, 139, 154])
        var t = Matrix(rows: 3, columns: 2, repeating: -5)
        Matrix.multiply(transposing: a, Matrix([[1, 0], [0, 1]]), into: &t)
        #expect(t == a.transposed())
    }

    @Test func rowVectorsAndColumnSums() {
        var m = a
        m.addRowVector([10, 20, 30])
        #expect(m.values == [11, 22, 33, 14, 25, 36])
        var sums = [Double](repeating: 7, count: 3)
        a.columnSums(into: &sums)
        #expect(sums == [5, 7, 9])
    }

    @Test func elementwise() {
        #expect((a + a).values == [2, 4, 6, 8, 10, 12])
        #expect((a - a).values == [0, 0, 0, 0, 0, 0])
        #expect((0.5 * a).values == [0.5, 1, 1.5, 2, 2.5, 3])
        #expect(a.hadamard(a).values == [1, 4, 9, 16, 25, 36])
        #expect(a.map { -$0 }.values == [-1, -2, -3, -4, -5, -6])
    }
}
