import NeuralNet
import NotebookLanguage
import SVGPlot

// network, train (on a dataset, or on one explicit sample).

extension BlockRun {
    /// The most weights one network may have.
    static let maximumWeightCount = 10_000_000

    /// One network, or one per member of a sweep (a swept size, seed or initializer), each drawn
    /// from a fresh NumpyRandom(seed:) as the original program reseeds before every network of its sweep.
    func network(_ spec: NetworkSpec, name: String, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let activations = spec.activations.map { $0.neuralNet(leak: spec.leak) }
        let labels = spec.memberLabels
        var networks: [LabeledNetwork] = []
        for (k, member) in spec.members.enumerated() {
            let sizes = member.shape.sizes
            // Each size alone passes the checker; together they could ask for more memory than there is.
            let weights = zip(sizes, sizes.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
            guard weights <= Self.maximumWeightCount else {
                throw .error(at: location, "a \(sizes.map(String.init).joined(separator: "-")) network has \(weights) "
                             + "weights, more than the \(Self.maximumWeightCount) a notebook may train",
                             hint: "use smaller layers")
            }
            let initializer: NeuralNet.Initializer = member.weights.map { layers in
                .explicit(weights: layers.map { Matrix($0.weights) }, biases: layers.map(\.biases))
            } ?? member.initializer.neuralNet
            do throws(NeuralNetError) {
                let network = try Network(sizes: sizes, activations: activations, initializer: initializer,
                                          seed: UInt32(member.seed))
                networks.append(LabeledNetwork(label: labels?[k] ?? name, network: network))
            } catch {
                throw .error(at: location, error.description)
            }
        }
        return spec.isSweep ? .networkSweep(networks) : .network(networks[0])
    }

    /// Trains a network, a network sweep, or one network over a swept setting (rate, optimizer,
    /// batch, seed); sweeps in parallel.
    mutating func train(_ spec: TrainSpec, name: String, at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let data = try dataset(spec.dataset)
        let networks = try self.networks(spec.network)
        let isNetworkSweep = isSweep(spec.network)
        // One job per network of a network sweep, or per member of the training's own sweep.
        var jobs: [(label: String, network: Network, spec: TrainSpec)] = []
        if isNetworkSweep {
            jobs = networks.map { ($0.label, $0.network, spec) }
        } else if let labels = spec.memberLabels {
            jobs = zip(labels, spec.members).map { ($0, networks[0].network, $1) }
        } else {
            jobs = [(name, networks[0].network, spec)]
        }
        for job in jobs { try checkFits(job.network, data, spec, at: location) }
        let trainingJobs = jobs.map { job in
            TrainingJob(network: job.network, data: data, configuration: job.spec.configuration)
        }
        let labels = jobs.map(\.label), epochs = spec.epochs
        let outcomes = Trainer.train(trainingJobs, progress: progress.map { report in { @Sendable k, epoch, loss in
            report(ProgressEvent(location: location, label: labels[k], epoch: epoch, epochs: epochs, loss: loss))
        } })
        let isSweep = isNetworkSweep || spec.sweep != nil
        var models: [TrainedModel] = []
        for (job, outcome) in zip(jobs, outcomes) {
            switch outcome {
            case .success(let result):
                var model = TrainedModel(label: job.label, result: result, loss: spec.loss.neuralNet,
                                         rate: job.spec.rate, epochs: spec.epochs, record: spec.record)
                model.origin = TrainingOrigin(network: job.network, data: data,
                                              unsupported: job.spec.unplainSetting(sampleCount: data.count))
                if let divergence = model.divergence {
                    let label = isSweep ? job.label : nil
                    warn(divergenceWarning(divergence, label: label, at: location),
                         note: divergenceNote(divergence, label: label, at: location))
                }
                models.append(model)
            case .failure(let error):
                throw .error(at: location, error.description)
            }
        }
        return isSweep ? .modelSweep(models) : .model(models[0])
    }

    /// Sizes the checker could not know (a CSV dataset) checked before training.
    private func checkFits(_ network: Network, _ data: Dataset, _ spec: TrainSpec,
                           at location: SourceLocation) throws(RunFailure) {
        do throws(NeuralNetError) {
            try network.checkFits(data)
        } catch {
            throw .error(at: location, "'\(spec.network)' cannot be trained on '\(spec.dataset)': \(error.description)",
                         hint: data.featureCount != network.inputCount
                            ? "make the network's shape start with \(data.featureCount)"
                            : "give the network one output per class: \(data.classCount)")
        }
    }

    /// "training diverged at epoch 153: the loss became infinite; try a smaller rate".
    func divergenceWarning(_ divergence: TrainedModel.Stop, label: String?, at location: SourceLocation) -> Diagnostic {
        let what = switch divergence.cause {
        case .loss(let loss): "the loss became \(loss.isNaN ? "NaN" : "infinite")"
        case .weights: "the weights became NaN or infinite"
        }
        let subject = label.map { "training '\($0)'" } ?? "training"
        let kept = divergence.epoch <= 1 ? "the untrained network is kept"
            : "the network after epoch \(divergence.epoch - 1) is kept"
        return .warning(at: location, "\(subject) diverged at epoch \(divergence.epoch): \(what); try a smaller rate",
                        hint: kept)
    }

    /// The divergence note in the page's words; nil on an English page, which shows the warning.
    func divergenceNote(_ divergence: TrainedModel.Stop, label: String?, at location: SourceLocation) -> Diagnostic? {
        guard words != .english else { return nil }
        let epoch = String(divergence.epoch)
        let message = label.map { words.fill(words.labelledDivergenceNote, $0, epoch) }
            ?? words.fill(words.divergenceNote, epoch)
        let kept = divergence.epoch <= 1 ? words.untrainedKept : words.fill(words.epochKept, String(divergence.epoch - 1))
        return .warning(at: location, message, hint: kept)
    }

    /// Repeated gradient steps on one explicit sample, as the worked examples iterate.
    mutating func trainOnSample(_ spec: SampleTrainSpec, name: String,
                                at location: SourceLocation) throws(RunFailure) -> SessionValue {
        let start = try networks(spec.network)[0].network
        let training = SampleTraining(input: spec.input, target: spec.target, loss: spec.loss.neuralNet,
                                      rate: spec.rate, epochs: spec.epochs, record: spec.record)
        let progress = self.progress
        let model: TrainedModel
        do throws(NeuralNetError) {
            model = try training.train(start, label: name) { epoch, loss in
                progress?(ProgressEvent(location: location, label: name, epoch: epoch, epochs: spec.epochs, loss: loss))
            }
        } catch {
            throw .error(at: location, error.description)
        }
        if let divergence = model.divergence {
            warn(divergenceWarning(divergence, label: nil, at: location),
                 note: divergenceNote(divergence, label: nil, at: location))
        }
        return .model(model)
    }
}

extension TrainSpec {
    /// The first setting that makes this more than full-batch gradient descent, as written in
    /// the notebook (`optimizer=adam`, `batch=16`, `l2=0.01`), or nil.
    func unplainSetting(sampleCount: Int) -> String? {
        if optimizer != .gradientDescent { return "optimizer=\(optimizer.rawValue)" }
        if case .size(let size) = batch, size < sampleCount { return "batch=\(size)" }
        if l2 > 0 { return "l2=\(NumberFormat.written(l2))" }
        return nil
    }
}
