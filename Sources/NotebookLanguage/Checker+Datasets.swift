// moons, circles, playground, blobs, csv, split.

extension Checker {
    /// The most samples a generated dataset may have: beyond it a typo is likelier than intent.
    static let maximumSampleCount = 1_000_000

    /// `n=`, `noise=` and `seed=`, which every generated dataset takes (read in that order, so
    /// their errors come in the order of the signature's keys).
    private func sampling(_ reader: inout ArgumentReader, count defaultCount: Int = 100) -> (count: Int?, noise: Double?, seed: Int?) {
        let count = reader.optional("n").map { reader.wholeNumber($0, "'n'", in: .atLeast(1, atMost: 1e6)) }
            ?? Optional(defaultCount)
        let noise = reader.optional("noise").map { reader.number($0, "'noise'", in: .atLeast(0)) } ?? 0
        return (count, noise, seed(&reader))
    }

    func moons(_ reader: inout ArgumentReader) -> Outcome? {
        let (count, noise, seed) = sampling(&reader)
        guard let count, let noise, let seed else { return nil }
        return Outcome(command: .moons(MoonsSpec(count: count, noise: noise, seed: seed)),
                       symbols: [Symbol(.dataset, at: reader.statement.location, featureCount: 2, classCount: 2)])
    }

    func circles(_ reader: inout ArgumentReader) -> Outcome? {
        let (count, noise, seed) = sampling(&reader)
        let factor = reader.optional("factor").map { value -> Double? in
            guard let factor = reader.number(value, "'factor'", in: .above(0)) else { return nil }
            if factor >= 1 { reader.error(value, "'factor' must be less than 1, not \(value.text)",
                                          hint: "it is the inner circle's radius over the outer one's") }
            return factor < 1 ? factor : nil
        } ?? 0.8
        guard let count, let noise, let factor, let seed else { return nil }
        return Outcome(command: .circles(CirclesSpec(count: count, noise: noise, factor: factor, seed: seed)),
                       symbols: [Symbol(.dataset, at: reader.statement.location, featureCount: 2, classCount: 2)])
    }

    func playground(_ reader: inout ArgumentReader) -> Outcome? {
        let (count, noise, seed) = sampling(&reader, count: 200)
        let kind = reader.positional(0, "a dataset kind").flatMap {
            reader.choice($0, "'playground'", as: PlaygroundKind.self)
        }
        guard let kind, let count, let noise, let seed else { return nil }
        let spec = PlaygroundSpec(kind: kind, count: count, noise: noise, seed: seed)
        var symbol = Symbol(.dataset, at: reader.statement.location, featureCount: 2, classCount: 2)
        symbol.playground = spec
        return Outcome(command: .playground(spec), symbols: [symbol])
    }

    func blobs(_ reader: inout ArgumentReader) -> Outcome? {
        let (count, _, seed) = sampling(&reader)
        let centers = reader.required("centers").flatMap { reader.matrix($0, "'centers'") }
        let spread = reader.optional("spread").map { reader.number($0, "'spread'", in: .atLeast(0)) } ?? 1
        let classes = reader.optional("classes").map { value -> [Int]? in
            blobClasses(value, centers: centers, &reader)
        } ?? centers.map { Array(0..<$0.count) }
        guard let count, let centers, let spread, let seed, let classes else { return nil }
        return Outcome(command: .blobs(BlobsSpec(count: count, centers: centers, spread: spread, seed: seed,
                                                 classes: classes)),
                       symbols: [Symbol(.dataset, at: reader.statement.location, featureCount: centers[0].count,
                                        classCount: (classes.max() ?? 0) + 1)])
    }

    func csv(_ reader: inout ArgumentReader) -> Outcome? {
        let pathValue = reader.positional(0, "a file path")
        let path = pathValue.flatMap { value -> String? in
            guard let path = reader.string(value, "'csv'") else { return nil }
            return checkedPath(path, value, &reader)
        }
        let label = reader.optional("label").map { reader.stringOrWord($0, "'label'") } ?? "label"
        guard let path, let pathValue, let label else { return nil }
        let spec = CSVSpec(path: path, labelColumn: label, pathLocation: pathValue.location,
                           pathLength: pathValue.length)
        return Outcome(command: .csv(spec),
                       symbols: [Symbol(.dataset, at: reader.statement.location)], files: [path])
    }

    func split(_ reader: inout ArgumentReader) -> Outcome? {
        let seed = self.seed(&reader)
        let source = reader.positional(0, "a dataset").flatMap { resolve($0, as: [.dataset], &reader) }
        let test = reader.optional("test").map { value -> Double? in
            guard let test = reader.number(value, "'test'", in: .above(0)) else { return nil }
            if test >= 1 { reader.error(value, "'test' must be less than 1, not \(value.text)",
                                        hint: "it is the fraction of samples held out, such as 0.25") }
            return test < 1 ? test : nil
        } ?? 0.25
        guard let (name, symbol) = source, let test, let seed else { return nil }
        var part = symbol
        part.location = reader.statement.location
        return Outcome(command: .split(SplitSpec(dataset: name, testFraction: test, seed: seed)),
                       symbols: [part, part])
    }

    /// `seed=N`, a whole number ≥ 0, default 0.
    func seed(_ reader: inout ArgumentReader) -> Int? {
        reader.optional("seed").map { reader.wholeNumber($0, "'seed'", in: .atLeast(0, atMost: 4_294_967_295)) } ?? 0
    }

    /// A path relative to the notebook that stays inside its folder.
    func checkedPath(_ path: String, _ value: Value, _ reader: inout ArgumentReader) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains("..") else {
            reader.error(value, "the path \(value.text) leaves the notebook's folder",
                         hint: "paths are relative to the notebook, without '..'")
            return nil
        }
        return path
    }
}

extension Checker {
    /// `classes=[0, 1, 1, 0]`: one class per centre, whole numbers from 0, every class up to the
    /// largest used at least once (XOR from four blobs, say).
    fileprivate func blobClasses(_ value: Value, centers: [[Double]]?, _ reader: inout ArgumentReader) -> [Int]? {
        guard let numbers = reader.numbers(value, "'classes'") else { return nil }
        guard numbers.allSatisfy({ $0 >= 0 && $0 < 100 && $0.rounded() == $0 }) else {
            reader.error(value, "'classes' takes whole numbers from 0 to 99, not \(value.text)",
                         hint: "one class per centre, for example: [0, 1, 1, 0]")
            return nil
        }
        let classes = numbers.map { Int($0) }
        if let centers, classes.count != centers.count {
            reader.error(value, "'classes' has \(classes.count) values for \(centers.count) centres",
                         hint: "give one class per centre")
            return nil
        }
        let used = Set(classes)
        if let missing = (0...(classes.max() ?? 0)).first(where: { !used.contains($0) }) {
            reader.error(value, "class \(missing) has no centre in 'classes'",
                         hint: "number the classes 0, 1, 2, … without gaps")
            return nil
        }
        return classes
    }
}
