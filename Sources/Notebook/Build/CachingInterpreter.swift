import NotebookLanguage

/// Runs a notebook's blocks in order through the block cache.
///
/// A block whose key has an entry is not run: its result is relocated to the block's place.
/// Its definitions are replayed into the session only when a later block actually runs (until
/// then nothing needs them), in document order, so shadowing comes out as in a full run. An
/// entry whose definitions cannot be decoded has its block run instead, which gives the same
/// definitions. Results with errors are never stored.
///
/// ```swift
/// var runner = CachingInterpreter(interpreter: interpreter, keys: keys, cache: cache)
/// let (result, isCached) = runner.run(block, checked: checked) { print("running", block.index) }
/// ```
struct CachingInterpreter {
    var interpreter: Interpreter
    var keys: BlockKeys
    let cache: BlockCache?
    /// Cached blocks whose definitions have not reached the session yet, in order.
    private var pending: [(entry: CacheEntry, block: NNBlock, checked: CheckedBlock, failedNames: [String])] = []

    init(interpreter: Interpreter, keys: BlockKeys, cache: BlockCache?) {
        self.interpreter = interpreter
        self.keys = keys
        self.cache = cache
    }

    /// The block's result and whether it came from the cache; `willRun` is called just before
    /// a block actually runs.
    mutating func run(_ block: NNBlock, checked: CheckedBlock, willRun: () -> Void) -> (BlockResult, isCached: Bool) {
        let key = keys.key(of: block, checked: checked)
        let path = keys.notebookPath
        if let entry = cache?.entry(for: key) {
            let result = entry.block.relocated(index: block.index, firstLine: block.location.line, notebookPath: path)
            pending.append((entry, block, checked, result.failedNames))
            keys.record(key, defining: checked.defines, forgetting: result.failedNames)
            return (result, true)
        }
        settle()
        willRun()
        let result = interpreter.run(checked, index: block.index, figureSize: block.options.size)
        // Values too large to be worth storing (a million samples) are made again next time.
        let stored = result.definitions.reduce(0) { $0 + $1.value.storedNumbers }
        if !result.hasErrors, stored <= BlockCache.maxStoredNumbers {
            cache?.store(CachedBlock(index: block.index, firstLine: block.location.line, result: result), for: key)
        }
        keys.record(key, defining: checked.defines, forgetting: result.failedNames)
        return (result, false)
    }

    /// Replays the definitions of every cached block so far.
    private mutating func settle() {
        for (entry, block, checked, failedNames) in pending {
            if let definitions = try? entry.definitions() {
                interpreter.replay(BlockResult(definitions: definitions, failedNames: failedNames))
            } else {
                _ = interpreter.run(checked, index: block.index, figureSize: block.options.size)
            }
        }
        pending = []
    }
}
