/// What a command accepts: its positional arguments, its keys, the names it defines, and the
/// checker's method for it.
///
/// The table below is the language's single list of commands, the one place each command's name
/// is spelt; the checker looks every statement up here and calls the checking it carries.
///
/// ```swift
/// Signature.command(named: "train")?.keys.contains("epochs")  // true
/// Signature.command(named: "plot")?.kinds?.map(\.displayName)  // ["plot data", "plot boundary", …]
/// ```
public struct Signature: Sendable {
    enum Targets: Sendable {
        /// Defines nothing: `plot …`.
        case none
        /// Must be named: `data = moons`.
        case one
        /// May be named: `e = evaluate …`.
        case optional
        /// Exactly two: `train, test = split …`.
        case two
    }

    /// How a statement is checked: by a method of the checker, or (`plot KIND`) by the signature
    /// of the kind named by its first argument.
    enum Checking: Sendable {
        case method(@Sendable (Checker, inout ArgumentReader) -> Checker.Outcome?)
        case kinds([Signature])
    }

    public var name: String
    /// The name in messages: `train`, or `plot boundary` for a kind of `plot`.
    public private(set) var displayName: String
    var usage: String
    var positionals: ClosedRange<Int>
    var keys: [String]
    var targets: Targets
    /// What the targets become when the statement has errors (so later uses do not cascade).
    var defines: NameKind?
    /// `network` also takes `wK=` and `bK=` for every layer K.
    var takesLayerKeys = false
    /// `expect` reads a comparison (`e.accuracy >= 0.9`) before its keys.
    var takesComparison = false
    var checking: Checking

    init(name: String, usage: String, positionals: ClosedRange<Int>, keys: [String], targets: Targets,
         defines: NameKind?, takesLayerKeys: Bool = false, takesComparison: Bool = false, checking: Checking) {
        self.name = name
        displayName = name
        self.usage = usage
        self.positionals = positionals
        self.keys = keys
        self.targets = targets
        self.defines = defines
        self.takesLayerKeys = takesLayerKeys
        self.takesComparison = takesComparison
        if case .kinds(let kinds) = checking {
            self.checking = .kinds(kinds.map { kind in
                var kind = kind
                kind.displayName = name + " " + kind.name
                return kind
            })
        } else {
            self.checking = checking
        }
    }

    /// The kinds of a command whose first argument names one (`plot boundary`), or nil.
    public var kinds: [Signature]? {
        if case .kinds(let kinds) = checking { kinds } else { nil }
    }

    public static let commands: [Signature] = [
        Signature(name: "moons", usage: "data = moons n=100 noise=0.1 seed=0", positionals: 0...0,
                  keys: ["n", "noise", "seed"], targets: .one, defines: .dataset,
                  checking: .method { $0.moons(&$1) }),
        Signature(name: "circles", usage: "data = circles n=100 noise=0.05 factor=0.5 seed=0", positionals: 0...0,
                  keys: ["n", "noise", "factor", "seed"], targets: .one, defines: .dataset,
                  checking: .method { $0.circles(&$1) }),
        Signature(name: "playground", usage: "data = playground xor n=200 noise=0 seed=0", positionals: 1...1,
                  keys: ["n", "noise", "seed"], targets: .one, defines: .dataset,
                  checking: .method { $0.playground(&$1) }),
        Signature(name: "blobs", usage: "data = blobs n=40 centers=[[-1,-1],[1,1]] spread=0.4 seed=0",
                  positionals: 0...0, keys: ["n", "centers", "spread", "seed", "classes"], targets: .one, defines: .dataset,
                  checking: .method { $0.blobs(&$1) }),
        Signature(name: "points", usage: "data = points [[0,0],[0,1],[1,0],[1,1]] labels=[0,1,1,0]",
                  positionals: 1...1, keys: ["labels"], targets: .one, defines: .dataset,
                  checking: .method { $0.points(&$1) }),
        Signature(name: "csv", usage: "data = csv \"points.csv\" label=class", positionals: 1...1,
                  keys: ["label"], targets: .one, defines: .dataset,
                  checking: .method { $0.csv(&$1) }),
        Signature(name: "split", usage: "train, test = split data test=0.25 seed=0", positionals: 1...1,
                  keys: ["test", "seed"], targets: .two, defines: .dataset,
                  checking: .method { $0.split(&$1) }),
        Signature(name: "network", usage: "net = network 2-4-1 hidden=tanh output=sigmoid init=normal seed=0",
                  positionals: 1...1, keys: ["hidden", "output", "activations", "leak", "init", "seed"],
                  targets: .one, defines: .network, takesLayerKeys: true,
                  checking: .method { $0.network(&$1) }),
        Signature(name: "train", usage: "model = train net on data epochs=1000 rate=0.1", positionals: 1...1,
                  keys: ["on", "epochs", "rate", "loss", "optimizer", "batch", "record", "seed", "l2",
                         "momentum", "beta1", "beta2", "snapshots", "input", "target"], targets: .one,
                  defines: .model,
                  checking: .method { $0.train(&$1) }),
        Signature(name: "evaluate", usage: "e = evaluate model on data", positionals: 1...1, keys: ["on", "show"],
                  targets: .optional, defines: .evaluation,
                  checking: .method { $0.evaluation(&$1, .evaluate) }),
        Signature(name: "predict", usage: "predict model on data", positionals: 1...1, keys: ["on"],
                  targets: .none, defines: nil,
                  checking: .method { $0.evaluation(&$1, .predict) }),
        Signature(name: "table", usage: "table models on data", positionals: 1...Int.max, keys: ["on"],
                  targets: .none, defines: nil,
                  checking: .method { $0.evaluation(&$1, .table) }),
        Signature(name: "print", usage: "print t.output", positionals: 1...1, keys: [], targets: .none, defines: nil,
                  checking: .method { $0.printValue(&$1) }),
        Signature(name: "trace", usage: "t = trace net input=[0.05,0.1] target=[0.01,0.99] rate=0.5",
                  positionals: 1...1, keys: ["input", "target", "loss", "rate", "steps"], targets: .optional,
                  defines: .trace,
                  checking: .method { $0.trace(&$1) }),
        Signature(name: "surface", usage: "s = surface net on data weights=[w1, w2] x=[-4,4] y=[-4,4] from=[[-3,-3]] rate=1 steps=500",
                  positionals: 1...1, keys: ["on", "weights", "x", "y", "from", "rate", "steps", "loss"], targets: .one,
                  defines: .surface,
                  checking: .method { $0.surface(&$1) }),
        Signature(name: "expect", usage: "expect e.accuracy >= 0.9", positionals: 0...0, keys: ["tol"],
                  targets: .none, defines: nil, takesComparison: true,
                  checking: .method { $0.expect(&$1) }),
        Signature(name: "plot", usage: "plot data|boundary|loss|activations|hidden|network|surface …", positionals: 1...Int.max,
                  keys: [], targets: .none, defines: nil,
                  checking: .kinds(plotKinds)),
        Signature(name: "export", usage: "export model to \"weights.json\"", positionals: 1...1, keys: ["to"],
                  targets: .none, defines: nil,
                  checking: .method { $0.export(&$1) }),
    ]

    /// The plot kinds, each a signature of its own after `plot KIND`.
    private static let plotKinds: [Signature] = [
        Signature(name: "data", usage: "plot data data", positionals: 1...1, keys: ["title", "xlabel", "ylabel", "labels", "legend"],
                  targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.dataPlot(&$1) } }),
        Signature(name: "boundary", usage: "plot boundary model on data grid=2x3", positionals: 1...Int.max,
                  keys: ["on", "grid", "title", "scrub", "playground", "xlabel", "ylabel", "labels", "readout"], targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.boundaryPlot(&$1) } }),
        Signature(name: "loss", usage: "plot loss model other log=true", positionals: 1...Int.max,
                  keys: ["log", "title", "xlabel", "ylabel", "labels", "ylim", "legend"], targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.lossPlot(&$1) } }),
        Signature(name: "activations", usage: "plot activations sigmoid tanh derivatives=true range=[-5,5]",
                  positionals: 1...Int.max, keys: ["derivatives", "range", "title", "xlabel", "ylabel", "labels", "ylim", "legend"], targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.activationsPlot(&$1) } }),
        Signature(name: "hidden", usage: "plot hidden model on data layer=1", positionals: 1...1,
                  keys: ["on", "layer", "title", "xlabel", "ylabel", "labels", "legend"], targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.hiddenPlot(&$1) } }),
        Signature(name: "network", usage: "plot network t show=forward", positionals: 1...1,
                  keys: ["show", "title"], targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.networkPlot(&$1) } }),
        Signature(name: "surface", usage: "plot surface s", positionals: 1...1,
                  keys: ["title", "xlabel", "ylabel"], targets: .none, defines: nil,
                  checking: .method { $0.plot(&$1) { $0.surfacePlot(&$1) } }),
    ]

    public static func command(named name: String) -> Signature? { commands.first { $0.name == name } }

    /// `w3` or `b12`: a layer key of `network`.
    static func isLayerKey(_ key: String) -> Bool {
        guard let first = key.first, first == "w" || first == "b", key.count > 1 else { return false }
        return key.dropFirst().allSatisfy(\.isASCIIDigit) && key.dropFirst().first != "0"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
