import Foundation
import Testing
@testable import WeaveCLI

/// ``RebuildScheduler`` with builds the test holds and releases: each build waits for its own
/// gate, then publishes its number if it is still the newest.
@Suite struct RebuildSchedulerTests {
    final class Builds: @unchecked Sendable {
        private let lock = NSLock()
        private var gates: [Int: DispatchSemaphore] = [:]
        private var startedNumbers: [Int] = []
        private var publishedNumbers: [Int] = []
        var scheduler: RebuildScheduler!

        init(patience: TimeInterval, maximumBuilds: Int = 2) {
            scheduler = RebuildScheduler(patience: patience, maximumBuilds: maximumBuilds) { [weak self] build in
                guard let self else { return }
                let gate = lock.withLock {
                    startedNumbers.append(build.number)
                    return gateOf(build.number)
                }
                _ = gate.wait(timeout: .now() + 20)
                scheduler.publishIfNewest(build) { lock.withLock { publishedNumbers.append(build.number) } }
            }
        }

        /// The gate of build `number` (under the lock).
        private func gateOf(_ number: Int) -> DispatchSemaphore {
            if let gate = gates[number] { return gate }
            let gate = DispatchSemaphore(value: 0)
            gates[number] = gate
            return gate
        }

        /// The numbers of the builds started so far, in order (two threads may start in either order).
        var started: [Int] { lock.withLock { startedNumbers.sorted() } }
        var published: [Int] { lock.withLock { publishedNumbers } }

        func release(_ number: Int) {
            lock.withLock { gateOf(number) }.signal()
        }

        /// Waits (at most 5 s) until `condition` holds.
        func waitUntil(_ condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(5)
            while !condition() {
                if Date() > deadline { return false }
                Thread.sleep(forTimeInterval: 0.005)
            }
            return true
        }
    }

    @Test func changesDuringABuildAreBuiltOnceRightAfterIt() {
        let builds = Builds(patience: 60)
        builds.scheduler.noteChange()
        #expect(builds.waitUntil { builds.started == [1] })
        for _ in 0..<3 { builds.scheduler.noteChange() }
        builds.scheduler.tick()
        #expect(builds.started == [1] && builds.scheduler.runningBuilds == 1)
        builds.release(1)
        #expect(builds.waitUntil { builds.started == [1, 2] })
        builds.release(2)
        #expect(builds.waitUntil { builds.scheduler.isIdle })
        #expect(builds.published == [1, 2])
        #expect(builds.scheduler.droppedBuilds == 0)
    }

    @Test func aStuckBuildDoesNotHoldBackTheNextSaveAndItsResultIsDropped() {
        let builds = Builds(patience: 0.1)
        builds.scheduler.noteChange()
        #expect(builds.waitUntil { builds.started == [1] })
        Thread.sleep(forTimeInterval: 0.15)
        builds.scheduler.noteChange()
        #expect(builds.waitUntil { builds.started == [1, 2] })
        builds.release(2)
        #expect(builds.waitUntil { builds.published == [2] })
        // The stuck build ends last: its older result must not replace the newer one.
        builds.release(1)
        #expect(builds.waitUntil { builds.scheduler.isIdle })
        #expect(builds.published == [2])
        #expect(builds.scheduler.droppedBuilds == 1)
    }

    @Test func aChangeDuringAYoungBuildWaitsUntilPatienceRunsOut() {
        let builds = Builds(patience: 0.3)
        builds.scheduler.noteChange()
        #expect(builds.waitUntil { builds.started == [1] })
        builds.scheduler.noteChange()
        #expect(builds.started == [1])
        // The watcher ticks on every poll; once build 1 is older than its patience, build 2 starts.
        #expect(builds.waitUntil {
            builds.scheduler.tick()
            return builds.started == [1, 2]
        })
        builds.release(1)
        builds.release(2)
        #expect(builds.waitUntil { builds.scheduler.isIdle })
        #expect(builds.published == [2])
    }

    @Test func noMoreThanTheMaximumBuildsRunAtOnce() {
        let builds = Builds(patience: 0, maximumBuilds: 2)
        builds.scheduler.noteChange()
        builds.scheduler.noteChange()
        #expect(builds.waitUntil { builds.started == [1, 2] })
        builds.scheduler.noteChange()
        builds.scheduler.tick()
        #expect(builds.started == [1, 2] && builds.scheduler.runningBuilds == 2)
        builds.release(1)
        #expect(builds.waitUntil { builds.started == [1, 2, 3] })
        builds.release(2)
        builds.release(3)
        #expect(builds.waitUntil { builds.scheduler.isIdle })
        #expect(builds.published == [3])
        #expect(builds.scheduler.droppedBuilds == 2)
    }
}
