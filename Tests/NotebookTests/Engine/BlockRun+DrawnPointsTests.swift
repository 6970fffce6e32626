import Foundation
import NeuralNet
import Testing
@testable import Notebook

/// A plot of a large dataset draws at most `maxDrawnPoints` of its points, the same ones on
/// every build, and says so under the figure.
@Suite struct BlockRunDrawnPointsTests {
    @Test func smallDatasetsAreDrawnWhole() {
        #expect(BlockRun.drawnPoints(3) == [0, 1, 2])
        #expect(BlockRun.drawnPoints(BlockRun.maxDrawnPoints) == Array(0..<BlockRun.maxDrawnPoints))
    }

    @Test func largeOnesAreSampledEvenly() {
        let drawn = BlockRun.drawnPoints(1_000_000)
        #expect(drawn.count == BlockRun.maxDrawnPoints)
        #expect(drawn.prefix(3) == [0, 500, 1000] && drawn.last == 999_500)
        let uneven = BlockRun.drawnPoints(2_001)
        #expect(uneven.count == 2_000 && Set(uneven).count == 2_000 && uneven.last == 1_999)
    }

    @Test func theScatterHoldsTheDrawnPointsWithTheirClasses() {
        let count = 5_000
        let data = Dataset(features: Matrix(rows: count, columns: 2) { i, j in Double(i * 2 + j) },
                           labels: (0..<count).map { $0 % 3 })
        let scatter = BlockRun.scatter(data)
        #expect(scatter.points.count == BlockRun.maxDrawnPoints)
        let drawn = BlockRun.drawnPoints(count)
        #expect(scatter.points.map(\.x) == drawn.map { Double($0 * 2) })
        #expect(scatter.classes == drawn.map { $0 % 3 })
    }

    @Test func aPlotOfManyPointsSaysHowManyItDraws() throws {
        let result = try #require(EngineFixture.result("""
            data = moons n=5000 noise=0.1 seed=1
            few = moons n=50 noise=0.1 seed=1
            plot data data
            plot data few
            """))
        let notes = result.items.compactMap { item -> String? in
            if case .note(let note) = item { return note.message } else { return nil }
        }
        #expect(notes == ["the plot draws 2000 of the 5000 points of 'data', evenly spaced through the dataset"])
        #expect(result.figures.count == 2)
    }
}
