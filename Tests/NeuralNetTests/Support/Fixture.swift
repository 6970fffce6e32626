import Foundation
import NeuralNet

/// Reads the JSON files that `Fixtures/make_fixtures.py` writes from numpy and scikit-learn.
///
/// Found through `#filePath` rather than the test bundle, so the tests run the same from
/// `swift test`, an IDE, or a copied checkout. Doubles are stored as `float.hex()` strings.
enum Fixture {
    static func load<T: Decodable>(_ name: String, as type: T.Type, filePath: String = #filePath) throws -> T {
        let url = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // NeuralNetTests
            .appendingPathComponent("Fixtures")
            .appendingPathComponent(name)
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// The doubles of `float.hex()` strings, exactly.
    static func doubles(_ hexes: [String]) -> [Double] {
        hexes.map { hex in
            guard let value = Double(hex) else { preconditionFailure("not a hex double: \(hex)") }
            return value
        }
    }
}

/// A matrix as the fixtures store it.
struct FixtureMatrix: Decodable {
    let rows: Int
    let columns: Int
    let values: [String]

    var matrix: Matrix { Matrix(rows: rows, columns: columns, values: Fixture.doubles(values)) }
}

extension Array where Element == Double {
    /// The IEEE bit patterns, so `#expect` compares bit for bit (and shows which entry differs).
    var bitPatterns: [UInt64] { map(\.bitPattern) }
}
