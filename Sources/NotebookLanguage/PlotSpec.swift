/// `plot KIND …`: a figure, with an optional title and axis titles (`xlabel="特征 1"`).
///
/// ```swift
/// switch spec.kind {
/// case .boundary(let model, let dataset, let grid): …
/// default: …
/// }
/// ```
public struct PlotSpec: Hashable, Sendable {
    public var kind: PlotKind
    public var title: String?
    /// `scrub=snapshots` or `scrub=models` on `plot boundary`: one panel at a time, chosen by
    /// radio controls (nil: every panel at once).
    public var scrub: Scrub?
    /// `playground=true` on `plot boundary`: the Playground dataset to open the model with.
    public var playground: PlaygroundSpec?
    /// The axis titles the author gave, replacing the defaults (feature names, the page
    /// language's "epoch" and "loss").
    public var xLabel: String?
    public var yLabel: String?
    public init(kind: PlotKind, title: String? = nil, scrub: Scrub? = nil, playground: PlaygroundSpec? = nil,
                xLabel: String? = nil, yLabel: String? = nil) {
        (self.kind, self.title, self.scrub, self.playground) = (kind, title, scrub, playground)
        (self.xLabel, self.yLabel) = (xLabel, yLabel)
    }
}

/// What the control of a scrubber chooses between.
public enum Scrub: String, CaseIterable, Hashable, Sendable, Choice {
    /// One model's snapshots (`train … snapshots=…`): the boundary forming epoch by epoch.
    case snapshots
    /// The models of a sweep (or several models): one panel per model.
    case models
    public static let noun = "scrubber"
}

/// What a plot draws.
public enum PlotKind: Hashable, Sendable {
    /// `plot data data`: the points, coloured and shaped by class.
    case data(dataset: String)
    /// Models are names, sweeps or members of sweeps (`rates[4]`).
    /// `plot boundary model on data grid=2x3`: decision regions; a sweep, or several models
    /// (`plot boundary a b c on data`), gives small multiples (`grid` nil: the renderer picks).
    case boundary(models: [Subject], dataset: String, grid: PanelGrid?)
    /// `plot loss a b log=true`: loss curves of models or sweeps.
    case loss(models: [Subject], logarithmic: Bool)
    /// `plot activations tanh relu derivatives=true range=[-5,5]`.
    case activations([ActivationName], derivatives: Bool, range: ClosedRange<Double>)
    /// `plot hidden model on data layer=1`: the data as hidden layer `layer` (1-based) sees it.
    case hidden(model: Subject, dataset: String, layer: Int)
    /// `plot network t show=forward`: the network's diagram, each edge labelled with its weight;
    /// given a trace, each neuron's values on the pass `show` names (nil: the weights alone).
    case network(name: String, show: NetworkShow?)
    /// `plot surface s`: a surface's loss as filled contours, with its descent paths.
    case surface(name: String)
}

/// What a diagram of a trace's network shows beside its neurons and on its edges.
public enum NetworkShow: String, CaseIterable, Hashable, Sendable, Choice {
    /// Each neuron's net input and output.
    case forward
    /// Each neuron's δ = ∂E/∂net.
    case backward
    /// Each weight and bias before → after the update.
    case update
    public static let noun = "pass"
}

/// Rows × columns of small multiples: `grid=2x3`.
public struct PanelGrid: Hashable, Sendable {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int) { (self.rows, self.columns) = (rows, columns) }
}
