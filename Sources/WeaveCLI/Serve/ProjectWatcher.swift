import Foundation

/// Notices changes to the notebooks and to the files they read by polling.
///
/// Notebooks may only read files inside their own folder, so the folder's tree (hidden files
/// aside) covers everything a build reads. A fingerprint lists every file's path, size and
/// modification time; polling it every 200 ms costs a few `stat` calls and works on every
/// platform and file system, with no notification API.
///
/// ```swift
/// var watcher = ProjectWatcher(directory: URL(fileURLWithPath: "notebooks"))
/// if watcher.hasChanged() { rebuild() }
/// ```
struct ProjectWatcher {
    struct Entry: Equatable {
        var path: String
        var size: Int
        var modified: Date
    }

    let directory: URL
    private var last: [Entry]

    init(directory: URL) {
        self.directory = directory
        last = []
        last = fingerprint()
    }

    /// Whether anything changed since the last call (or since the watcher was made).
    mutating func hasChanged() -> Bool {
        let now = fingerprint()
        defer { last = now }
        return now != last
    }

    /// Every file under the folder, sorted by path.
    func fingerprint() -> [Entry] {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        var entries: [Entry] = []
        for case let url as URL in enumerator {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            entries.append(Entry(path: url.path, size: values.fileSize ?? -1,
                                 modified: values.contentModificationDate ?? .distantPast))
        }
        return entries.sorted { $0.path < $1.path }
    }
}
