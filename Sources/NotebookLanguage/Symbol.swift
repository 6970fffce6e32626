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
    /// The dataset a model or model sweep was trained on, and where that dataset was defined (a
    /// later block may define the name again): `table model` evaluates it there.
    var trainedOn: (name: String, location: SourceLocation)?
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

    /// What member `index` (from 1) of a sweep is: one network or model, with its own network
    /// when the sweep is over networks (a model sweep over rates shares one network).
    func member(_ index: Int) -> Symbol {
        var symbol = self
        symbol.kind = kind.element ?? kind
        symbol.sweepCount = nil
        if let members = network?.members, members.count > 1, members.indices.contains(index - 1) {
            symbol.network = members[index - 1]
        } else {
            symbol.network = network?.members.first
        }
        return symbol
    }
}
