import Foundation
import NeuralNet
import NotebookLanguage
import SVGPlot
import Spelling

// moons, circles, playground, blobs, csv, split: each generator draws from a fresh
// NumpyRandom(seed:), as the originals do after np.random.seed(seed).

extension BlockRun {
    func moons(_ spec: MoonsSpec) -> Dataset {
        var random = NumpyRandom(seed: UInt32(spec.seed))
        return Dataset.makeMoons(samples: spec.count, noise: spec.noise, random: &random)
    }

    func circles(_ spec: CirclesSpec) -> Dataset {
        var random = NumpyRandom(seed: UInt32(spec.seed))
        return Dataset.makeCircles(samples: spec.count, noise: spec.noise, factor: spec.factor, random: &random)
    }

    func playground(_ spec: PlaygroundSpec) -> Dataset {
        var random = NumpyRandom(seed: UInt32(spec.seed))
        let kind = PlaygroundDataset(rawValue: spec.kind.rawValue)!
        return Dataset.makePlayground(kind, samples: spec.count, noise: spec.noise, random: &random)
    }

    func blobs(_ spec: BlobsSpec) -> Dataset {
        var random = NumpyRandom(seed: UInt32(spec.seed))
        let blobs = Dataset.makeBlobs(samples: spec.count, centers: spec.centers, spread: spec.spread, random: &random)
        guard spec.classes != Array(spec.centers.indices) else { return blobs }
        return Dataset(features: blobs.features, labels: blobs.labels.map { spec.classes[$0] },
                       classCount: (spec.classes.max() ?? 0) + 1, featureNames: blobs.featureNames)
    }

    /// A CSV file inside the notebook's folder; its errors are located in the CSV file itself,
    /// with a note at the statement that read it.
    func csv(_ spec: CSVSpec, at location: SourceLocation) throws(RunFailure) -> Dataset {
        let text: String
        do throws(NotebookFolder.Failure) {
            text = try NotebookFolder(directory).read(spec.path)
        } catch {
            // at the path itself when the checker recorded where it is written
            throw .diagnostics([.error(at: spec.pathLocation ?? location, error.message, hint: error.hint,
                                       length: spec.pathLength)])
        }
        do throws(CSVError) {
            return try Dataset(csv: text, labelColumn: spec.labelColumn)
        } catch {
            let file = NotebookFolder.sibling(of: location.file, path: spec.path)
            let csvLocation = SourceLocation(file: file, line: error.line, column: error.column)
            var message = error.message
            if !error.candidates.isEmpty {
                message += "; " + (Spelling.didYouMean(spec.labelColumn, among: error.candidates)
                    ?? "the columns are " + error.candidates.map { "'\($0)'" }.joined(separator: ", "))
            }
            throw .diagnostics([
                .error(at: csvLocation, message),
                Diagnostic(.note, at: location, "while reading \"\(spec.path)\" here"),
            ])
        }
    }

    func split(_ spec: SplitSpec, at location: SourceLocation) throws(RunFailure) -> [SessionValue] {
        let data = try dataset(spec.dataset)
        let sizes = Dataset.splitSizes(samples: data.count, testFraction: spec.testFraction)
        guard sizes.train > 0, sizes.test > 0 else {
            throw .error(at: location, "splitting \(data.count) sample\(data.count == 1 ? "" : "s") of "
                         + "'\(spec.dataset)' with test=\(NumberFormat.written(spec.testFraction)) leaves "
                         + (sizes.train == 0 ? "no training samples" : "no test samples"),
                         hint: "use more samples or another 'test' fraction")
        }
        var random = NumpyRandom(seed: UInt32(spec.seed))
        let (train, test) = data.split(testFraction: spec.testFraction, random: &random)
        return [.dataset(train), .dataset(test)]
    }
}
