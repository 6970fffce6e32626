import Testing
@testable import NeuralNet

@Suite struct DatasetTests {
    @Test func defaultNames() {
        let data = Dataset(features: Matrix([[1, 2], [3, 4], [5, 6]]), labels: [0, 2, 1])
        #expect(data.classCount == 3)
        #expect(data.featureNames == ["x1", "x2"])
        #expect(data.classNames == ["0", "1", "2"])
    }

    @Test func selectingKeepsNames() {
        let data = Dataset(features: Matrix([[1], [2], [3]]), labels: [0, 1, 1], featureNames: ["w"],
                           classNames: ["no", "yes"])
        let picked = data.selecting([2, 0])
        #expect(picked.features == Matrix([[3], [1]]))
        #expect(picked.labels == [1, 0])
        #expect(picked.featureNames == ["w"] && picked.classNames == ["no", "yes"] && picked.classCount == 2)
    }
}
