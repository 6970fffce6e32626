/// A checked statement's meaning: one case per command, with every argument typed and every
/// default filled in. The interpreter switches over this.
///
/// ```swift
/// switch statement.command {
/// case .moons(let spec): Dataset.moons(count: spec.count, noise: spec.noise, seed: spec.seed)
/// case .train(let spec): …
/// …
/// }
/// ```
public enum Command: Hashable, Sendable {
    case moons(MoonsSpec)
    case circles(CirclesSpec)
    case playground(PlaygroundSpec)
    case blobs(BlobsSpec)
    case csv(CSVSpec)
    /// `points [[0,0],[1,1]] labels=[0,1]`: a literal dataset.
    case points(PointsSpec)
    case split(SplitSpec)
    case network(NetworkSpec)
    case train(TrainSpec)
    /// `train net input=[…] target=[…] epochs=… rate=…`: steps on one explicit sample.
    case trainOnSample(SampleTrainSpec)
    case evaluate(EvaluateSpec)
    case predict(PredictSpec)
    case table(TableSpec)
    case print(PrintSpec)
    case trace(TraceSpec)
    case expect(ExpectSpec)
    case plot(PlotSpec)
    /// `s = surface net on data weights=[w1, w2] …`: the loss over two weights.
    case surface(SurfaceSpec)
    case export(ExportSpec)
}
