/// What a command accepts: its positional arguments, its keys, and the names it defines.
///
/// The table below is the language's single list of commands; the checker looks every
/// statement up here before reading its arguments.
///
/// ```swift
/// Signature.command(named: "train")?.keys.contains("epochs")  // true
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

    public var name: String
    var usage: String
    var positionals: ClosedRange<Int>
    var keys: [String]
    var targets: Targets
    /// What the targets become when the statement has errors (so later uses do not cascade).
    var defines: NameKind?
    /// `network` also takes `wK=` and `bK=` for every layer K.
    var takesLayerKeys = false

    public static let commands: [Signature] = [
        Signature(name: "moons", usage: "data = moons n=100 noise=0.1 seed=0", positionals: 0...0,
                  keys: ["n", "noise", "seed"], targets: .one, defines: .dataset),
        Signature(name: "circles", usage: "data = circles n=100 noise=0.05 factor=0.5 seed=0", positionals: 0...0,
                  keys: ["n", "noise", "factor", "seed"], targets: .one, defines: .dataset),
        Signature(name: "playground", usage: "data = playground xor n=200 noise=0 seed=0", positionals: 1...1,
                  keys: ["n", "noise", "seed"], targets: .one, defines: .dataset),
        Signature(name: "blobs", usage: "data = blobs n=40 centers=[[-1,-1],[1,1]] spread=0.4 seed=0",
                  positionals: 0...0, keys: ["n", "centers", "spread", "seed", "classes"], targets: .one, defines: .dataset),
        Signature(name: "csv", usage: "data = csv \"points.csv\" label=class", positionals: 1...1,
                  keys: ["label"], targets: .one, defines: .dataset),
        Signature(name: "split", usage: "train, test = split data test=0.25 seed=0", positionals: 1...1,
                  keys: ["test", "seed"], targets: .two, defines: .dataset),
        Signature(name: "network", usage: "net = network 2-4-1 hidden=tanh output=sigmoid init=normal seed=0",
                  positionals: 1...1, keys: ["hidden", "output", "activations", "leak", "init", "seed"],
                  targets: .one, defines: .network, takesLayerKeys: true),
        Signature(name: "train", usage: "model = train net on data epochs=1000 rate=0.1", positionals: 1...1,
                  keys: ["on", "epochs", "rate", "loss", "optimizer", "batch", "record", "seed", "l2",
                         "momentum", "beta1", "beta2", "snapshots", "input", "target"], targets: .one,
                  defines: .model),
        Signature(name: "evaluate", usage: "e = evaluate model on data", positionals: 1...1, keys: ["on"],
                  targets: .optional, defines: .evaluation),
        Signature(name: "predict", usage: "predict model on data", positionals: 1...1, keys: ["on"],
                  targets: .none, defines: nil),
        Signature(name: "table", usage: "table models on data", positionals: 1...Int.max, keys: ["on"],
                  targets: .none, defines: nil),
        Signature(name: "print", usage: "print t.output", positionals: 1...1, keys: [], targets: .none, defines: nil),
        Signature(name: "trace", usage: "t = trace net input=[0.05,0.1] target=[0.01,0.99] rate=0.5",
                  positionals: 1...1, keys: ["input", "target", "loss", "rate", "steps"], targets: .optional,
                  defines: .trace),
        Signature(name: "surface", usage: "s = surface net on data weights=[w1, w2] x=[-4,4] y=[-4,4] from=[[-3,-3]] rate=1 steps=500",
                  positionals: 1...1, keys: ["on", "weights", "x", "y", "from", "rate", "steps", "loss"], targets: .one,
                  defines: .surface),
        Signature(name: "expect", usage: "expect e.accuracy >= 0.9", positionals: 0...0, keys: ["tol"],
                  targets: .none, defines: nil),
        Signature(name: "plot", usage: "plot data|boundary|loss|activations|hidden|network|surface …", positionals: 1...Int.max,
                  keys: [], targets: .none, defines: nil),
        Signature(name: "export", usage: "export model to \"weights.json\"", positionals: 1...1, keys: ["to"],
                  targets: .none, defines: nil),
    ]

    /// The plot kinds, each a signature of its own after `plot KIND`.
    static let plots: [Signature] = [
        Signature(name: "data", usage: "plot data data", positionals: 1...1, keys: ["title", "xlabel", "ylabel"],
                  targets: .none, defines: nil),
        Signature(name: "boundary", usage: "plot boundary model on data grid=2x3", positionals: 1...Int.max,
                  keys: ["on", "grid", "title", "scrub", "playground", "xlabel", "ylabel"], targets: .none, defines: nil),
        Signature(name: "loss", usage: "plot loss model other log=true", positionals: 1...Int.max,
                  keys: ["log", "title", "xlabel", "ylabel"], targets: .none, defines: nil),
        Signature(name: "activations", usage: "plot activations sigmoid tanh derivatives=true range=[-5,5]",
                  positionals: 1...Int.max, keys: ["derivatives", "range", "title", "xlabel", "ylabel"], targets: .none, defines: nil),
        Signature(name: "hidden", usage: "plot hidden model on data layer=1", positionals: 1...1,
                  keys: ["on", "layer", "title", "xlabel", "ylabel"], targets: .none, defines: nil),
        Signature(name: "network", usage: "plot network t show=forward", positionals: 1...1,
                  keys: ["show", "title"], targets: .none, defines: nil),
        Signature(name: "surface", usage: "plot surface s", positionals: 1...1,
                  keys: ["title", "xlabel", "ylabel"], targets: .none, defines: nil),
    ]

    static func command(named name: String) -> Signature? { commands.first { $0.name == name } }
    static func plot(named name: String) -> Signature? { plots.first { $0.name == name } }

    /// `w3` or `b12`: a layer key of `network`.
    static func isLayerKey(_ key: String) -> Bool {
        guard let first = key.first, first == "w" || first == "b", key.count > 1 else { return false }
        return key.dropFirst().allSatisfy(\.isASCIIDigit) && key.dropFirst().first != "0"
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
