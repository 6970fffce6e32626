/// Every word weave itself writes on a page or in a figure, in one language.
///
/// One table per language (``english``, ``simplifiedChinese``): a table is a value of this
/// struct, so a word missing from a table is a compile error, and `InterfaceWordsTests` checks
/// that every table fills the same placeholders. A template's `{1}`, `{2}`, … are filled by
/// ``fill(_:_:)`` in order; the author's own text (titles, captions, names) is never translated.
///
/// ```swift
/// let words = InterfaceWords.simplifiedChinese
/// words.fill(words.figureNumber, "2")                       // "图 2"
/// words.fill(words.modelsCaption, "moons")                  // "各模型在 moons 上的结果"
/// ```
public struct InterfaceWords: Sendable, Equatable {
    // MARK: - The language itself

    /// The language's name in itself, for links from the other editions ("English", "中文").
    public var languageName: String

    // MARK: - Page

    public var contents: String
    public var previous: String
    public var next: String
    /// The accessible name of the previous/next navigation.
    public var pages: String
    /// The site navigation's button and accessible name.
    public var notebooks: String
    /// The accessible name of the links to other editions of a page.
    public var otherEditions: String
    /// `{1}`: the notebook's path.
    public var footerWithSource: String
    public var footer: String
    public var indexLead: String
    public var indexDescription: String

    // MARK: - Cells and figures

    /// `{1}`: the figure's number; before its caption.
    public var figureNumber: String
    /// `{1}`: the figure's number; the text of an `@fig:` link.
    public var figureReference: String
    /// Separates the figure number from its caption.
    public var captionSeparator: String
    public var expectationFailed: String
    /// `{1}`: a note's hint, after the note.
    public var noteHint: String
    /// `{1}` points drawn of `{2}` of dataset `{3}`.
    public var drawnPointsNote: String
    /// `{1}`: the epoch where training diverged.
    public var divergenceNote: String
    /// `{1}`: a label, `{2}`: the epoch.
    public var labelledDivergenceNote: String
    public var untrainedKept: String
    /// `{1}`: the last good epoch.
    public var epochKept: String

    // MARK: - Figure texts

    /// `{1}`: a class number.
    public var className: String
    public var epochAxis: String
    public var lossAxis: String
    /// `{1}` a curve's label, `{2}` the epoch: the note where a diverged loss curve leaves the plot.
    public var curveDiverges: String
    /// `{1}`: the unit's number.
    public var hiddenUnit: String
    public var colourKey: String
    /// `{1}`: what the shading shows.
    public var colourKeyTitle: String
    public var predictedClass: String
    /// `{1}`: the sizes, `2-1`.
    public var networkOfSizes: String
    public var activations: String
    public var derivatives: String
    public var softmaxOfXAndZero: String

    // MARK: - Figure descriptions (for screen readers)

    /// {1} name, {2} points, {3} classes, {4} class counts
    public var datasetDescription: String
    /// {1} features
    public var firstTwoFeatures: String
    public var sentenceEnd: String
    /// `{1}` the y axis, `{2}` the x axis: an untitled figure's title.
    public var axesTitle: String
    /// Before what an untitled figure shows.
    public var titleSeparator: String
    /// `{1}` points, `{2}` classes.
    public var pointsInClasses: String
    /// Between two sentences.
    public var sentenceGap: String
    /// {1} count, {2} class
    public var classCount: String
    public var listSeparator: String
    public var groupSeparator: String
    /// {1} dataset, {2} points, {3} model scores
    public var boundaryDescription: String
    /// {1} model, {2} accuracy, {3} final loss
    public var modelScore: String
    /// {1} the runs
    public var lossDescription: String
    /// {1} run, {2} first, {3} last, {4} epochs
    public var lossFalls: String
    /// {1} run, {2} first, {3} last, {4} epochs
    public var lossGoes: String
    /// {1} epoch
    public var divergedSuffix: String
    /// {1} dataset, {2} layer, {3} model, {4} points, {5} class counts, {6} units
    public var hiddenDescription: String
    /// {1} unit, {2} smallest, {3} largest
    public var unitRange: String
    public var oneUnit: String
    /// {1} what, {2} {3} the range, {4} the curves
    public var functionsDescription: String
    /// {1} curve, {2} smallest, {3} largest
    public var curveRange: String
    /// {1} markers, {2} shading, {3} {4} its range, {5} boundary
    public var colourKeyDescription: String
    /// {1} level
    public var boundaryLineAt: String
    /// {1} class, {2} colour, {3} shape
    public var classMarker: String
    /// '|'-separated, in the palette's order
    public var markerColours: String
    /// '|'-separated, in the markers' order
    public var markerShapes: String

    // MARK: - Tables

    /// `{1}` model, `{2}` dataset.
    public var evaluationCaption: String
    public var confusionCaption: String
    public var predictionsCaption: String
    /// `{1}` caption, `{2}` shown, `{3}` all.
    public var firstSamples: String
    /// `{1}` dataset.
    public var modelsCaption: String
    /// `{1}` name.
    public var historyCaption: String
    /// `{1}` name, `{2}` layer, `{3}` activation.
    public var parametersCaption: String
    /// `{1}` name, `{2}` samples, `{3}` features, `{4}` classes.
    public var datasetCaption: String
    /// `{1}` rows left out.
    public var moreRows: String
    public var itsData: String
    public var measure: String
    public var value: String
    public var accuracy: String
    public var loss: String
    public var actual: String
    /// `{1}` class.
    public var predictedAs: String
    public var predicted: String
    public var label: String
    public var model: String
    public var finalLoss: String
    public var epochs: String
    public var epoch: String
    public var diverged: String
    /// `{1}` epoch.
    public var divergedAt: String
    public var notDiverged: String
    public var neuron: String
    /// `{1}` a neuron.
    public var fromNeuron: String
    public var bias: String

    // MARK: - Trace tables

    /// `{1}` name.
    public var forwardPassCaption: String
    /// `{1}` name, `{2}` loss.
    public var errorCaption: String
    public var backwardPassCaption: String
    public var gradientsCaption: String
    /// `{1}` name: the table of each weight's chain-rule factors.
    public var chainCaption: String
    /// `{1}` name: a network diagram's title.
    public var networkTitle: String
    /// `{1}` name, `{2}` the layer sizes ("2-2-2"), `{3}` what the diagram shows beside the neurons.
    public var networkDescription: String
    public var networkWeights: String
    public var networkForward: String
    public var networkBackward: String
    public var networkUpdate: String
    /// `{1}` name, `{2}` and `{3}` the weights.
    public var surfaceTitle: String
    /// `{1}` name, `{2}` `{3}` weights, `{4}` `{5}` lowest and highest loss, `{6}` paths, `{7}` minima.
    public var surfaceDescription: String
    /// `{1}`, `{2}`: a descent's start.
    public var surfacePath: String
    public var surfaceMinimum: String
    /// `{1}` its number.
    public var surfaceMinimumNumber: String
    /// `{1}` name.
    public var surfaceCaption: String
    public var surfacePoint: String
    /// `{1}` name, `{2}` rate.
    public var updateCaption: String
    public var activation: String
    public var netInput: String
    public var output: String
    public var input: String
    public var target: String
    public var outputValue: String
    public var error: String
    public var total: String
    public var parameter: String
    public var connection: String
    public var gradient: String
    public var before: String
    public var after: String

    // MARK: - Scrubbers, steps and links

    /// `{1}`: the epoch of a snapshot, as a scrubber panel's title.
    public var snapshotEpoch: String
    public var scrubLossTitle: String
    /// `{1}` the model, `{2}` the first loss, `{3}` the last.
    public var scrubLossDescription: String
    /// The legend of a trace's step controls.
    public var step: String
    public var stepForward: String
    public var stepError: String
    public var stepBackward: String
    public var stepGradients: String
    public var stepUpdate: String
    public var openInPlayground: String
    /// The summary of an exported numpy program, folded on the page.
    public var showNumpyProgram: String

    /// `template` with `{1}`, `{2}`, … replaced by `values` in order (a placeholder without a
    /// value is left as it is, so a test sees it).
    public func fill(_ template: String, _ values: String...) -> String {
        // One pass over the template, so a value that itself holds "{2}" stays as written.
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let digits = rest[rest.index(after: open)...].prefix { ("0"..."9").contains($0) }
            let close = digits.endIndex
            if !digits.isEmpty, close < rest.endIndex, rest[close] == "}", let k = Int(digits), (1...values.count).contains(k) {
                text += values[k - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                text.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return text + rest
    }
}
