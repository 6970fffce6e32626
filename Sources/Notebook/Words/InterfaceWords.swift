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
struct InterfaceWords: Sendable, Equatable {
    // MARK: - The language itself

    /// The language's name in itself, for links from the other editions ("English", "中文").
    var languageName: String

    // MARK: - Page

    var contents: String
    var previous: String
    var next: String
    /// The accessible name of the previous/next navigation.
    var pages: String
    /// The site navigation's button and accessible name.
    var notebooks: String
    /// The accessible name of the links to other editions of a page.
    var otherEditions: String
    /// `{1}`: the notebook's path.
    var footerWithSource: String
    var footer: String
    var indexLead: String
    var indexDescription: String

    // MARK: - Cells and figures

    /// `{1}`: the figure's number; before its caption.
    var figureNumber: String
    /// `{1}`: the figure's number; the text of an `@fig:` link.
    var figureReference: String
    /// Separates the figure number from its caption.
    var captionSeparator: String
    var expectationFailed: String
    /// `{1}`: a note's hint, after the note.
    var noteHint: String
    /// `{1}` points drawn of `{2}` of dataset `{3}`.
    var drawnPointsNote: String
    /// `{1}`: the epoch where training diverged.
    var divergenceNote: String
    /// `{1}`: a label, `{2}`: the epoch.
    var labelledDivergenceNote: String
    var untrainedKept: String
    /// `{1}`: the last good epoch.
    var epochKept: String

    // MARK: - Figure texts

    /// `{1}`: a class number.
    var className: String
    var epochAxis: String
    var lossAxis: String
    /// `{1}` a curve's label, `{2}` the epoch: the note where a diverged loss curve leaves the plot.
    var curveDiverges: String
    /// `{1}`: the unit's number.
    var hiddenUnit: String
    var colourKey: String
    /// `{1}`: what the shading shows.
    var colourKeyTitle: String
    var predictedClass: String
    /// `{1}`: the sizes, `2-1`.
    var networkOfSizes: String
    var activations: String
    var derivatives: String
    var softmaxOfXAndZero: String

    // MARK: - Figure descriptions (for screen readers)

    /// {1} name, {2} points, {3} classes, {4} class counts
    var datasetDescription: String
    /// {1} features
    var firstTwoFeatures: String
    var sentenceEnd: String
    /// `{1}` the y axis, `{2}` the x axis: an untitled figure's title.
    var axesTitle: String
    /// Before what an untitled figure shows.
    var titleSeparator: String
    /// `{1}` points, `{2}` classes.
    var pointsInClasses: String
    /// Between two sentences.
    var sentenceGap: String
    /// {1} count, {2} class
    var classCount: String
    var listSeparator: String
    var groupSeparator: String
    /// {1} dataset, {2} points, {3} model scores
    var boundaryDescription: String
    /// {1} model, {2} accuracy, {3} final loss
    var modelScore: String
    /// {1} the runs
    var lossDescription: String
    /// {1} run, {2} first, {3} last, {4} epochs
    var lossFalls: String
    /// {1} run, {2} first, {3} last, {4} epochs
    var lossGoes: String
    /// {1} epoch
    var divergedSuffix: String
    /// {1} dataset, {2} layer, {3} model, {4} points, {5} class counts, {6} units
    var hiddenDescription: String
    /// {1} unit, {2} smallest, {3} largest
    var unitRange: String
    var oneUnit: String
    /// {1} what, {2} {3} the range, {4} the curves
    var functionsDescription: String
    /// {1} curve, {2} smallest, {3} largest
    var curveRange: String
    /// {1} markers, {2} shading, {3} {4} its range, {5} boundary
    var colourKeyDescription: String
    /// {1} level
    var boundaryLineAt: String
    /// {1} class, {2} colour, {3} shape
    var classMarker: String
    /// '|'-separated, in the palette's order
    var markerColours: String
    /// '|'-separated, in the markers' order
    var markerShapes: String

    // MARK: - Tables

    /// `{1}` model, `{2}` dataset.
    var evaluationCaption: String
    var confusionCaption: String
    var predictionsCaption: String
    /// `{1}` caption, `{2}` shown, `{3}` all.
    var firstSamples: String
    /// `{1}` dataset.
    var modelsCaption: String
    /// A table of models each evaluated on a dataset of its own.
    var modelsOnTheirDataCaption: String
    /// `{1}` name.
    var historyCaption: String
    /// `{1}` name, `{2}` layer, `{3}` activation.
    var parametersCaption: String
    /// `{1}` name, `{2}` samples, `{3}` features, `{4}` classes.
    var datasetCaption: String
    /// `{1}` rows left out.
    var moreRows: String
    var itsData: String
    var measure: String
    var value: String
    var accuracy: String
    var loss: String
    var actual: String
    /// `{1}` class.
    var predictedAs: String
    var predicted: String
    var label: String
    var model: String
    /// The column naming each row's dataset.
    var dataColumn: String
    var finalLoss: String
    var epochs: String
    var epoch: String
    var diverged: String
    /// `{1}` epoch.
    var divergedAt: String
    var notDiverged: String
    var neuron: String
    /// `{1}` a neuron.
    var fromNeuron: String
    var bias: String

    // MARK: - Trace tables

    /// `{1}` name.
    var forwardPassCaption: String
    /// `{1}` name, `{2}` loss.
    var errorCaption: String
    var backwardPassCaption: String
    var gradientsCaption: String
    /// `{1}` name: the table of each weight's chain-rule factors.
    var chainCaption: String
    /// `{1}` name: a network diagram's title.
    var networkTitle: String
    /// `{1}` name, `{2}` the layer sizes ("2-2-2"), `{3}` what the diagram shows beside the neurons.
    var networkDescription: String
    var networkWeights: String
    var networkForward: String
    var networkBackward: String
    var networkUpdate: String
    /// `{1}` name, `{2}` and `{3}` the weights.
    var surfaceTitle: String
    /// `{1}` name, `{2}` `{3}` weights, `{4}` `{5}` lowest and highest loss, `{6}` paths, `{7}` minima.
    var surfaceDescription: String
    /// `{1}`, `{2}`: a descent's start.
    var surfacePath: String
    var surfaceMinimum: String
    /// `{1}` its number.
    var surfaceMinimumNumber: String
    /// `{1}` name.
    var surfaceCaption: String
    var surfacePoint: String
    /// `{1}` name, `{2}` rate.
    var updateCaption: String
    var activation: String
    var netInput: String
    var output: String
    var input: String
    var target: String
    var outputValue: String
    var error: String
    var total: String
    var parameter: String
    var connection: String
    var gradient: String
    var before: String
    var after: String

    // MARK: - Scrubbers, steps and links

    /// `{1}`: the epoch of a snapshot, as a scrubber panel's title.
    var snapshotEpoch: String
    var scrubLossTitle: String
    /// `{1}` the model, `{2}` the first loss, `{3}` the last.
    var scrubLossDescription: String
    /// The legend of a trace's step controls.
    var step: String
    var stepForward: String
    var stepError: String
    var stepBackward: String
    var stepGradients: String
    var stepUpdate: String
    var openInPlayground: String
    /// The summary of an exported numpy program, folded on the page.
    var showNumpyProgram: String

    // MARK: - Prose: alerts and answers

    /// The summary of an nn block folded with the `answer` option (when it names no label).
    var showAnswer: String
    /// The headings of GitHub-style alerts (`> [!NOTE]` and the others).
    var noteAlert: String
    var tipAlert: String
    var importantAlert: String
    var warningAlert: String
    var cautionAlert: String

    /// `template` with `{1}`, `{2}`, … replaced by `values` in order (a placeholder without a
    /// value is left as it is, so a test sees it).
    func fill(_ template: String, _ values: String...) -> String {
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
