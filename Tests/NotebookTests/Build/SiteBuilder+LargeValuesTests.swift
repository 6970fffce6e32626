import Foundation
import NeuralNet
import Testing
import TestSupport
@testable import Notebook

/// A block whose values hold more than a million numbers is not stored in the cache (its entry
/// would be tens of megabytes, slower to write and read than the block is to run); the others
/// are, and the cached build still equals a clean one.
@Suite struct SiteBuilderLargeValuesTests {
    @Test func largeValuesAreComputedAgainNotCached() throws {
        let project = try ScratchProject(prefix: "weave-cache-tests")
        defer { project.remove() }
        try project.write("notebooks/bp.md", """
            # Large

            ```nn
            big = moons n=400000 seed=1
            ```

            ```nn
            small = moons n=40 seed=1
            plot data small
            ```

            """)
        #expect(project.ran(try project.build()) == ["bp.md#0", "bp.md#1"])
        let again = try project.build()
        #expect(project.ran(again) == ["bp.md#0"])
        #expect(again.files == (try project.build(cached: false)).files)
    }

    @Test func storedNumbersCountWhatAnEntryWrites() throws {
        let data = Dataset(features: Matrix(rows: 5, columns: 3), labels: [0, 1, 0, 1, 0])
        #expect(SessionValue.dataset(data).storedNumbers == 5 * 4)
        let network = try Network(sizes: [2, 3, 1], activations: [.tanh, .sigmoid], initializer: .zeros)
        #expect(SessionValue.network(LabeledNetwork(label: "n", network: network)).storedNumbers == 13)
        #expect(SessionValue.vector([1, 2, 3]).storedNumbers == 3)
        #expect(SessionValue.matrix([[1, 2], [3]]).storedNumbers == 3)
    }
}
