import Foundation
import Testing

/// A folder of golden files that tests compare their output with, byte for byte.
///
/// Golden files are written only when `WEAVE_RECORD_SNAPSHOTS=1`, and that run fails on purpose:
/// a run with the variable set (by mistake, in CI) can never go green. Otherwise a missing or
/// different file fails the test, naming the first character that differs.
///
/// ```swift
/// let snapshots = Snapshots(directory: folder, suite: "SVGPlotTests")
/// snapshots.assertMatches(figure.svg(), named: "loss.svg")
/// ```
public struct Snapshots: Sendable {
    public var directory: URL
    /// What to pass to `swift test --filter` to record this folder's files again.
    public var suite: String

    public init(directory: URL, suite: String) {
        self.directory = directory
        self.suite = suite
    }

    /// Whether this run records golden files (`WEAVE_RECORD_SNAPSHOTS=1`).
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["WEAVE_RECORD_SNAPSHOTS"] == "1"
    }

    /// Records an issue unless `text` is the golden file `name`'s content; when recording, writes
    /// it and records an issue all the same.
    public func assertMatches(
        _ text: String, named name: String, recording: Bool = Snapshots.isRecording,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = directory.appendingPathComponent(name)
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try Data(text.utf8).write(to: url) } catch {
                Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            // Recording never passes: a run with the variable set (by mistake, in CI) goes red.
            Issue.record(
                "recorded snapshot \(name); look at the change, then run again without WEAVE_RECORD_SNAPSHOTS",
                sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing snapshot \(url.path); run `WEAVE_RECORD_SNAPSHOTS=1 swift test --filter \(suite)` to record it",
                sourceLocation: sourceLocation)
            return
        }
        let golden = String(decoding: data, as: UTF8.self)
        if golden != text {
            let index = zip(golden, text).prefix { $0 == $1 }.count
            Issue.record(
                """
                snapshot \(name) differs from the output at character \(index) \
                (golden \(golden.count) characters, now \(text.count)); look at the change and re-record \
                with WEAVE_RECORD_SNAPSHOTS=1 swift test --filter \(suite) if it is intended
                """, sourceLocation: sourceLocation)
        }
    }
}
