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
    /// `labels=[…]`: the names of the curves (loss, activations), of the panels (boundary) or of
    /// the classes (data, hidden), in order, replacing the automatic ones.
    public var labels: [String]?
    /// `ylim=[lo, hi]`: the y axis' range (nil: the data's).
    public var yRange: ClosedRange<Double>?
    /// `legend=…`: where the legend goes (nil: automatic).
    public var legend: LegendChoice?
    /// `readout=false` on `plot boundary`: titles without the accuracy read-out (`· 52/60`).
    public var showsReadout = true
    /// Where each text the author wrote starts (just after its opening quote): the texts are
    /// inline Markdown with `$…$` math, made plain text before the plot is drawn.
    public var textLocations = TextLocations()

    /// Where the title, the axis titles and each of the labels start in the notebook.
    public struct TextLocations: Hashable, Sendable {
        public var title: SourceLocation?
        public var xLabel: SourceLocation?
        public var yLabel: SourceLocation?
        public var labels: [SourceLocation] = []
        public init() {}
    }

    /// Equal when they draw the same plot; where its texts are written does not count.
    public static func == (a: PlotSpec, b: PlotSpec) -> Bool {
        (a.kind, a.title, a.scrub, a.playground, a.xLabel, a.yLabel) == (b.kind, b.title, b.scrub, b.playground, b.xLabel, b.yLabel)
            && (a.labels, a.yRange, a.legend, a.showsReadout) == (b.labels, b.yRange, b.legend, b.showsReadout)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(title)
        hasher.combine(labels)
        hasher.combine(xLabel)
        hasher.combine(yLabel)
    }

    /// Every text of the author's (title, axis titles, labels) replaced by
    /// `transform(text, where it starts)`.
    public mutating func rewriteTexts(_ transform: (String, SourceLocation) -> String) {
        if let text = title, let at = textLocations.title { title = transform(text, at) }
        if let text = xLabel, let at = textLocations.xLabel { xLabel = transform(text, at) }
        if let text = yLabel, let at = textLocations.yLabel { yLabel = transform(text, at) }
        if let texts = labels, texts.count == textLocations.labels.count {
            labels = zip(texts, textLocations.labels).map(transform)
        }
    }
    public init(kind: PlotKind, title: String? = nil, scrub: Scrub? = nil, playground: PlaygroundSpec? = nil,
                xLabel: String? = nil, yLabel: String? = nil) {
        (self.kind, self.title, self.scrub, self.playground) = (kind, title, scrub, playground)
        (self.xLabel, self.yLabel) = (xLabel, yLabel)
    }
}

extension PlotSpec {
    /// What `labels=` names, for messages.
    public enum LabelledThing: String, Sendable {
        case curves, panels, classes
        public var singular: String { self == .classes ? "class" : String(rawValue.dropLast()) }
    }

    /// "'labels' has 2 names for 3 curves": the one message for a wrong count, before and while running.
    public static func labelCountMessage(_ given: Int, _ expected: Int, _ what: LabelledThing) -> String {
        "'labels' has \(given) name\(given == 1 ? "" : "s") for \(expected) \(expected == 1 ? what.singular : what.rawValue)"
    }
}

/// `legend=`: where a plot's legend goes. `auto` lets the renderer choose a corner that covers no
/// data (else below the plot), `none` leaves it out, a corner puts it there whatever it covers.
public enum LegendChoice: String, CaseIterable, Hashable, Sendable, Choice {
    case auto
    case hidden = "none"
    case topLeft = "top-left", topRight = "top-right", bottomLeft = "bottom-left", bottomRight = "bottom-right"
    public static let noun = "legend position"
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
    case network(name: Subject, show: NetworkShow?)
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
