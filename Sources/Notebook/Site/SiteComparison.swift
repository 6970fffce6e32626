import Foundation

/// How a committed site differs from a fresh build: what `weave check` reports.
public struct SiteComparison: Equatable, Sendable {
    public enum Difference: Equatable, Sendable, CustomStringConvertible {
        /// The build makes this file but the committed site lacks it.
        case missing(String)
        /// The committed site has a file the build does not make.
        case extra(String)
        /// Both have the file with different bytes; `firstDifference` is the byte offset.
        case changed(String, firstDifference: Int)

        public var path: String {
            switch self {
            case .missing(let path), .extra(let path), .changed(let path, _): path
            }
        }

        public var description: String {
            switch self {
            case .missing(let path): "missing: \(path) (the build makes it; the committed site lacks it)"
            case .extra(let path): "extra:   \(path) (the committed site has it; the build does not make it)"
            case .changed(let path, let offset): "changed: \(path) (first difference at byte \(offset))"
            }
        }
    }

    public let differences: [Difference]

    /// Compares a fresh build (`expected`) with what is on disk (`actual`).
    public init(expected: SiteFiles, actual: SiteFiles) {
        var differences: [Difference] = []
        for path in Set(expected.paths).union(actual.paths).sorted() {
            switch (expected[path], actual[path]) {
            case (let built?, let committed?) where built != committed:
                let offset = zip(built, committed).enumerated().first { $0.element.0 != $0.element.1 }?
                    .offset ?? min(built.count, committed.count)
                differences.append(.changed(path, firstDifference: offset))
            case (.some, nil): differences.append(.missing(path))
            case (nil, .some): differences.append(.extra(path))
            default: break
            }
        }
        self.differences = differences
    }

    public var isIdentical: Bool { differences.isEmpty }
}
