import NeuralNet
import Testing

@Suite struct MatrixTests {
    let m = Matrix(rows: 2, columns: 3, values: [1, 2, 3, 4, 5, 6])

    @Test func rowMajorIndexing() {
        #expect(m[0, 0] == 1)
        #expect(m[0, 2] == 3)
        #expect(m[1, 0] == 4)
        #expect(m.row(1) == [4, 5, 6])
        #expect(m.column(1) == [2, 5])
    }

    @Test func transpose() {
        let t = m.transposed()
        #expect(t.rows == 3 && t.columns == 2)
        #expect(t.values == [1, 4, 2, 5, 3, 6])
        #expect(t.transposed() == m)
    }

    @Test func nestedRowsAndSelection() {
        #expect(Matrix([[1, 2, 3], [4, 5, 6]]) == m)
        #expect(m.selectingRows([1, 1, 0]).values == [4, 5, 6, 4, 5, 6, 1, 2, 3])
    }

    @Test func datasetTargets() {
        let data = Dataset(features: Matrix([[0, 0], [1, 1], [2, 2]]), labels: [0, 1, 1])
        #expect(data.classCount == 2)
        #expect(data.featureNames == ["x1", "x2"])
        #expect(data.targets(outputs: 1).values == [0, 1, 1])
        #expect(data.targets(outputs: 2).values == [1, 0, 0, 1, 0, 1])
    }
}
