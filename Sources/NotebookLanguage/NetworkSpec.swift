/// `network 2-4-2 hidden=tanh output=sigmoid init=normal seed=3`: a fully connected network, or a
/// sweep of them when one hidden position of the shape is a list.
///
/// `activations` has one entry per layer after the input (`shape.sizes.count - 1`). `weights`,
/// when given, has one entry per layer with `weights[k].weights` of size fan_out × fan_in.
///
/// ```swift
/// spec.members.map(\.shape.sizes)  // [[2, 1, 2], [2, 2, 2], [2, 4, 2]] for 2-[1,2,4]-2
/// ```
public struct NetworkSpec: Hashable, Sendable {
    public var shape: LayerShape
    public var activations: [ActivationName]
    /// The slope of `leakyrelu` below zero. Default 0.01.
    public var leak: Double
    public var initializer: InitializerName
    public var seed: Int
    /// Explicit weights and biases, layer by layer; nil means drawn by `initializer`.
    public var weights: [LayerWeights]?
    /// `seed=[1,2,3]` or `init=[normal, xavier]`: one network per value (`seed` and
    /// `initializer` then hold the first). A swept hidden size is in `shape.sweep` instead.
    public var sweep: Sweep?

    /// A setting of `network` written as a list: one network per value.
    public enum Sweep: Hashable, Sendable {
        case seed([Int])
        case initializer([InitializerName])
    }

    public init(shape: LayerShape, activations: [ActivationName], leak: Double = 0.01,
                initializer: InitializerName = .normal, seed: Int = 0, weights: [LayerWeights]? = nil) {
        self.shape = shape
        self.activations = activations
        self.leak = leak
        self.initializer = initializer
        self.seed = seed
        self.weights = weights
    }

    public var inputCount: Int { shape.sizes[0] }
    public var outputCount: Int { shape.sizes[shape.sizes.count - 1] }
    public var isTrainable: Bool { activations.allSatisfy(\.isTrainable) }

    /// Whether this is a network sweep: a list in the shape, or a swept `seed` or `init`.
    public var isSweep: Bool { shape.sweep != nil || sweep != nil }

    /// One plain network (no list anywhere) per member of the sweep; itself when it is none.
    public var members: [NetworkSpec] {
        var plain = self
        plain.sweep = nil
        plain.shape.sweep = nil
        if let sweep = shape.sweep {
            return sweep.sizes.map { size in
                var member = plain
                member.shape.sizes[sweep.position] = size
                return member
            }
        }
        switch sweep {
        case .seed(let seeds)?:
            return seeds.map { seed in var member = plain; member.seed = seed; return member }
        case .initializer(let initializers)?:
            return initializers.map { initializer in var member = plain; member.initializer = initializer; return member }
        case nil:
            return [plain]
        }
    }
}

/// Layer sizes from input to output; one hidden position may be swept over several sizes.
///
/// ```swift
/// LayerShape(sizes: [2, 1, 2], sweep: .init(position: 1, sizes: [1, 2, 4])).sweep?.sizes.count  // 3
/// ```
public struct LayerShape: Hashable, Sendable {
    /// A hidden position and the sizes it takes, one network each.
    public struct Sweep: Hashable, Sendable {
        /// An index into `sizes`, never the input or the output.
        public var position: Int
        public var sizes: [Int]

        public init(position: Int, sizes: [Int]) {
            self.position = position
            self.sizes = sizes
        }
    }

    /// The sizes; at a swept position, the first of the swept sizes.
    public var sizes: [Int]
    public var sweep: Sweep?

    public init(sizes: [Int], sweep: Sweep? = nil) {
        self.sizes = sizes
        self.sweep = sweep
    }

}

/// One layer's explicit parameters: `wK=[[…]]` (one row per neuron) and `bK=[…]`.
public struct LayerWeights: Hashable, Sendable {
    /// fan_out × fan_in.
    public var weights: [[Double]]
    /// fan_out values; zeros when `bK` is not given.
    public var biases: [Double]

    public init(weights: [[Double]], biases: [Double]) {
        self.weights = weights
        self.biases = biases
    }
}
