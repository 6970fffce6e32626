import Foundation
import NotebookLanguage

/// The cache keys of one notebook's blocks, computed in document order.
///
/// A block's key covers everything its result depends on and nothing else:
/// - the engine version and the notebook's path (a deleted notebook's entries are never reused
///   by another one), and the page's language (its tables and figures are written in it);
/// - the block's source: each line's text and starting column, but not its line number, so prose
///   edits above a block leave its key alone;
/// - its `size=` option (captions, labels and `hide` are rendered outside the result);
/// - for every name it reads, the key of the value: that of the last block before it that
///   defined the name, so a change propagates to exactly the blocks that depend on it, however
///   indirectly, and reordering independent blocks changes nothing;
/// - the bytes of every file it reads.
///
/// ```swift
/// var keys = BlockKeys(notebookPath: "notebooks/bp.md", directory: folder)
/// for (block, checked) in zip(blocks, checkedBlocks) {
///     let key = keys.key(of: block, checked: checked)
///     // … look the result up, or run the block …
///     keys.record(key, defining: checked.defines)
/// }
/// ```
struct BlockKeys: Sendable {
    let notebookPath: String
    let directory: URL
    let engineVersion: String
    /// The page's language tag (`lang:`), whose words the block's tables and figures use.
    let language: String
    /// The key of each name's current value.
    private var valueKeys: [String: CacheKey] = [:]

    init(notebookPath: String, directory: URL, engineVersion: String = EngineVersion.current,
                language: String = PageLanguage.english.tag) {
        self.notebookPath = notebookPath
        self.directory = directory
        self.engineVersion = engineVersion
        self.language = language
    }

    /// The key of a block, given the blocks recorded before it.
    func key(of block: NNBlock, checked: CheckedBlock) -> CacheKey {
        var hasher = CacheKey.Hasher()
        hasher.add("weave block")
        hasher.add(engineVersion)
        hasher.add(notebookPath)
        hasher.add(language)
        hasher.add(block.options.size.map { "\($0.width)x\($0.height)" } ?? "default size")
        hasher.add(block.lines.count)
        for line in block.lines {
            hasher.add(line.start.column)
            hasher.add(line.text)
        }
        let reads = checked.reads
        hasher.add(reads.count)
        for name in reads {
            hasher.add(name)
            hasher.add(valueKeys[name]?.hex ?? "undefined")
        }
        let files = checked.files
        hasher.add(files.count)
        for path in files {
            hasher.add(path)
            if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) {
                hasher.add(bytes: Array(data))
            } else {
                hasher.add("unreadable")
            }
        }
        return hasher.key()
    }

    /// Notes that the block with `key` defined `names`: later readers depend on it.
    mutating func record(_ key: CacheKey, defining names: [String], forgetting failed: [String] = []) {
        for name in names {
            var hasher = CacheKey.Hasher()
            hasher.add("value")
            hasher.add(key.hex)
            hasher.add(name)
            valueKeys[name] = hasher.key()
        }
        for name in failed { valueKeys[name] = nil }
    }

    /// The key of a name's current value, if a recorded block defined it.
    func valueKey(of name: String) -> CacheKey? { valueKeys[name] }
}
