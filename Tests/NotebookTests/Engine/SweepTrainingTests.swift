import Foundation
@testable import Notebook
import Testing

@Suite struct SweepTrainingTests {
    /// Trains the same sweep twice: once as the interpreter does (in parallel), once with each
    /// network alone in its own notebook (serially); every weight must agree bit for bit.
    @Test func aParallelSweepEqualsSerialRuns() throws {
        let data = "data = moons n=40 noise=0.2 seed=1\n"
        let sweep = try #require(EngineFixture.result(data + """
            nets = network 2-[1,2,5]-1 seed=3
            models = train nets on data epochs=30 rate=0.3
            """))
        guard case .modelSweep(let parallel)? = sweep.definitions.last?.value else {
            Issue.record("no sweep")
            return
        }
        for (size, model) in zip([1, 2, 5], parallel) {
            let single = try #require(EngineFixture.result(data + """
                net = network 2-\(size)-1 seed=3
                m = train net on data epochs=30 rate=0.3
                """))
            guard case .model(let serial)? = single.definitions.last?.value else {
                Issue.record("no model")
                return
            }
            #expect(model.network == serial.network)
            #expect(model.history == serial.history)
            #expect(model.label == "h = \(size)")
        }
    }

    @Test func progressReportsEveryRecordedLossOfEveryModel() {
        let fixture = NotebookFixture("""
            data = moons n=20
            net = network 2-2-1
            rates = train net on data epochs=10 rate=[0.1, 0.2] record=5
            """)
        let counter = EventLog()
        var interpreter = Interpreter(notebookDirectory: FileManager.default.temporaryDirectory)
        interpreter.progress = { counter.append($0) }
        _ = interpreter.run(fixture.check().blocks[0], index: 0)
        let events = counter.events.sorted { ($0.label, $0.epoch) < ($1.label, $1.epoch) }
        #expect(events.map(\.label) == Array(repeating: "rate = 0.1", count: 3) + Array(repeating: "rate = 0.2", count: 3))
        #expect(events.map(\.epoch) == [0, 5, 10, 0, 5, 10])
        #expect(events.allSatisfy { $0.epochs == 10 && $0.location.line == 5 })
    }
}

/// Progress events collected from several threads.
private final class EventLog: @unchecked Sendable {
    private var stored: [ProgressEvent] = []
    private let lock = NSLock()

    func append(_ event: ProgressEvent) {
        lock.lock()
        stored.append(event)
        lock.unlock()
    }

    var events: [ProgressEvent] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
