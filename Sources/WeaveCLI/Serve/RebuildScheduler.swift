import Foundation

/// Decides when `weave serve` builds, so that the latest save is always built and served.
///
/// Each change marks the project dirty. When no build runs, a build starts at once, on its own
/// thread. When one runs, the change waits for it to end, and one build then covers every
/// change that came meanwhile. A build that has run longer than ``patience`` is taken to be
/// stuck (a long training, say): the next change starts its own build beside it at once, and the
/// old one's result is dropped when it ends. A build cannot be stopped from outside (the engine
/// has no cancellation point), so the old one runs to its end; at most ``maximumBuilds`` run at
/// once, and a change beyond that waits for one of them.
///
/// Only the newest build started publishes: ``publishIfNewest(_:_:)`` runs its publication
/// under the scheduler's lock, so an older build can never replace a newer one's result.
///
/// ```swift
/// let scheduler = RebuildScheduler(patience: 2) { build in
///     let files = compile()
///     scheduler.publishIfNewest(build) { site.publish(files) }
/// }
/// scheduler.noteChange()   // from the watcher, on every change
/// scheduler.tick()         // from the watcher, on every poll
/// ```
final class RebuildScheduler: @unchecked Sendable {
    /// One build, numbered in the order builds start.
    struct Build: Hashable, Sendable {
        let number: Int
    }

    /// Seconds after which a running build no longer holds back a newer change.
    let patience: TimeInterval
    let maximumBuilds: Int
    private let run: @Sendable (Build) -> Void

    private let lock = NSLock()
    private var isDirty = false
    private var started = 0
    /// The builds running now, with the time each one started.
    private var running: [Int: Date] = [:]
    private var dropped = 0

    init(patience: TimeInterval, maximumBuilds: Int = 2, run: @escaping @Sendable (Build) -> Void) {
        self.patience = patience
        self.maximumBuilds = max(1, maximumBuilds)
        self.run = run
    }

    /// Something changed: build it now, or as soon as the running build allows.
    func noteChange() {
        lock.withLock { isDirty = true }
        tick()
    }

    /// Starts the build a change waits for, if it is due; call it regularly.
    func tick() {
        guard let build = lock.withLock({ takeDueBuild() }) else { return }
        Thread { [self] in
            run(build)
            finish(build)
        }.start()
    }

    /// Runs `publish` if no build started after `build`, holding the lock so that no newer
    /// build starts (and publishes) meanwhile. Returns whether it ran.
    @discardableResult
    func publishIfNewest(_ build: Build, _ publish: () -> Void) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard build.number == started else {
            dropped += 1
            return false
        }
        publish()
        return true
    }

    /// How many builds run now.
    var runningBuilds: Int { lock.withLock { running.count } }

    /// How many builds ended after a newer one had started, their results unused.
    var droppedBuilds: Int { lock.withLock { dropped } }

    /// Whether a change waits to be built or a build runs.
    var isIdle: Bool { lock.withLock { !isDirty && running.isEmpty } }

    // MARK: - Under the lock

    private func takeDueBuild() -> Build? {
        guard isDirty, running.count < maximumBuilds else { return nil }
        if let newest = running.max(by: { $0.key < $1.key }), Date().timeIntervalSince(newest.value) < patience {
            return nil
        }
        isDirty = false
        started += 1
        running[started] = Date()
        return Build(number: started)
    }

    private func finish(_ build: Build) {
        lock.withLock { _ = running.removeValue(forKey: build.number) }
        tick()
    }
}
