import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Golden files in Tests/SVGPlotTests/Snapshots, found from this file's path. They are written
/// only when WEAVE_RECORD_SNAPSHOTS=1, and that run fails on purpose (so it can never pass CI);
/// otherwise a missing or different file fails the test.
enum Snapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
    }

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["WEAVE_RECORD_SNAPSHOTS"] == "1"
    }

    static func assertMatches(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if isRecording {
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
                "missing snapshot \(url.path); run `WEAVE_RECORD_SNAPSHOTS=1 swift test --filter SVGPlotTests` to record it",
                sourceLocation: sourceLocation)
            return
        }
        let golden = String(decoding: data, as: UTF8.self)
        if golden != text {
            let index = zip(golden, text).prefix { $0 == $1 }.count
            Issue.record(
                """
                snapshot \(name) differs from the figure at character \(index) \
                (golden \(golden.count) characters, now \(text.count)); look at the change and re-record \
                with WEAVE_RECORD_SNAPSHOTS=1 if it is intended
                """, sourceLocation: sourceLocation)
        }
    }

    /// Whether `text` is well-formed XML, by Foundation's parser. (On Linux `parse()` can return
    /// true after an error; the error it records is what counts.)
    static func isWellFormedXML(_ text: String) -> Bool {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() && parser.parserError == nil
    }
}
