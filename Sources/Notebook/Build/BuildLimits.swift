import NotebookLanguage

/// How much work one notebook may ask for, and (for fuzzing) a cap on training.
///
/// Work is counted before anything runs, in units of one sample through one parameter once:
/// training costs samples × parameters × epochs (summed over every network of a sweep and every
/// rate), a decision-region plot 97 × 73 grid points × parameters per panel, a trace or a step on
/// one sample parameters × epochs. The default, 3 × 10¹⁰, is about 37 times the tutorial's
/// experiment (six 2-h-2 networks, h up to 50, 60 samples, 30 000 epochs: 8.0 × 10⁸), 13 times
/// the whole back-propagation notebook (2.3 × 10⁹), and roughly half a minute of training on one
/// core in a release build.
///
/// ```swift
/// var builder = try SiteBuilder(notebooksDirectory: "notebooks")
/// builder.limits = BuildLimits(work: 100_000_000)   // `weave build --work-limit 100000000`
/// ```
public struct BuildLimits: Hashable, Sendable {
    /// The default per-notebook budget, in samples × parameters × epochs.
    public static let defaultWork = 30_000_000_000

    /// The default per-notebook memory budget, in bytes: 1 GB, 25 times what building all of
    /// `notebooks/` takes (40 MB).
    public static let defaultMemory = 1_000_000_000

    /// The most times one training records its loss (`record=`): the default, one record every
    /// epochs/200, keeps 200.
    public static let maxHistory = 10_000
    /// The most datasets one notebook may define.
    public static let maxDatasets = 1_000
    /// The most weights and biases a `trace` tabulates (one table row each, several tables).
    public static let maxTracedParameters = 5_000
    /// The most numbers one `print` shows (a network's weights, a matrix, a history).
    public static let maxPrintedNumbers = 20_000
    /// The most nn statements one notebook may have (the back-propagation tutorial has about 60).
    public static let maxStatements = 20_000
    /// The most `plot` statements one notebook may have (each draws up to 2000 points).
    public static let maxPlots = 500
    /// The largest page body, in bytes: a last bound on what tables and figures add up to
    /// (the back-propagation tutorial's page is 786 KB).
    public static let maxPageBytes = 50_000_000
    /// The largest notebook file, in bytes (the back-propagation tutorial is 19 KB).
    public static let maxNotebookBytes = 5_000_000

    /// The most work one notebook may ask for.
    public var work: Int
    /// The most memory one notebook's values and its largest statement may take, as estimated
    /// before anything runs (see ``WorkEstimate``).
    public var memory: Int = BuildLimits.defaultMemory
    /// When set, every training runs at most this many epochs (an internal option: the fuzz
    /// targets use it so that any notebook builds in moments; expectations may then fail).
    public var epochCap: Int?

    public init(work: Int = BuildLimits.defaultWork, epochCap: Int? = nil) {
        self.work = work
        self.epochCap = epochCap
    }

    /// The blocks with every training cut to ``epochCap`` epochs (unchanged when it is nil).
    func capped(_ blocks: [CheckedBlock]) -> [CheckedBlock] {
        guard let cap = epochCap else { return blocks }
        return blocks.map { block in
            var block = block
            for index in block.statements.indices {
                switch block.statements[index].command {
                case .train(var spec) where spec.epochs > cap:
                    spec.epochs = cap
                    spec.record = min(spec.record, cap)
                    block.statements[index].command = .train(spec)
                case .trainOnSample(var spec) where spec.epochs > cap:
                    spec.epochs = cap
                    spec.record = min(spec.record, cap)
                    block.statements[index].command = .trainOnSample(spec)
                default:
                    break
                }
            }
            return block
        }
    }
}
