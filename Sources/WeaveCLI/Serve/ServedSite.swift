import Foundation
import Notebook

/// What `weave serve` serves right now: the last good site, the diagnostics of the last build
/// if it failed, and a generation that grows with every build, for the reload hook.
///
/// Shared between the watcher thread, which rebuilds, and the server's request handlers; each
/// request sees one whole snapshot, never half a rebuild.
final class ServedSite: @unchecked Sendable {
    struct Snapshot: Sendable {
        var files: SiteFiles
        /// The formatted diagnostics of the last build, when it failed.
        var failure: String?
        /// 0 until the first build ends, then one more for every build.
        var generation: Int

        /// Whether a build has ended (well or not).
        var isBuilt: Bool { generation > 0 }
    }

    private let lock = NSLock()
    private var current: Snapshot

    init(files: SiteFiles, failure: String?) {
        current = Snapshot(files: files, failure: failure, generation: 0)
    }

    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// A successful build: its files replace the old ones and the error page goes away.
    func publish(_ files: SiteFiles) {
        lock.lock()
        defer { lock.unlock() }
        current = Snapshot(files: files, failure: nil, generation: current.generation + 1)
    }

    /// A failed build: the last good files stay, pages show the diagnostics.
    func publish(failure: String) {
        lock.lock()
        defer { lock.unlock() }
        current.failure = failure
        current.generation += 1
    }

    /// The generation once it differs from `known`, or the current one after `timeout` seconds
    /// (or when the task is cancelled: the server is stopping).
    func generation(after known: Int, timeout: TimeInterval) async -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let generation = snapshot.generation
            if generation != known || Date() >= deadline || Task.isCancelled { return generation }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
    }
}
