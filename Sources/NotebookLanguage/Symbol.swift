/// What the checker knows about a defined name: its kind, where it was defined, and the sizes
/// that can be checked before anything runs.
struct Symbol: Sendable {
    var kind: NameKind
    var location: SourceLocation
    /// Inputs per sample; nil when only known at run time (a CSV file).
    var featureCount: Int?
    var classCount: Int?
    /// The network of a network, a network sweep, a model or a model sweep.
    var network: NetworkSpec?
    /// How many elements a sweep has.
    var sweepCount: Int?
    /// How a TensorFlow Playground dataset was made (`playground xor …`), for Playground links.
    var playground: PlaygroundSpec?

    init(_ kind: NameKind, at location: SourceLocation, featureCount: Int? = nil, classCount: Int? = nil,
         network: NetworkSpec? = nil, sweepCount: Int? = nil) {
        self.kind = kind
        self.location = location
        self.featureCount = featureCount
        self.classCount = classCount
        self.network = network
        self.sweepCount = sweepCount
    }
}
