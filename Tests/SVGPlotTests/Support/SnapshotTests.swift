import Foundation
import Testing
import TestSupport

@Suite struct SnapshotTests {
    @Test(.enabled(if: !Snapshots.isRecording)) func differentOrMissingSnapshotsFail() {
        withKnownIssue("a changed figure must fail") {
            snapshots.assertMatches("<svg/>", named: "loss.svg")
        }
        withKnownIssue("a missing golden must fail") {
            snapshots.assertMatches("<svg/>", named: "no-such-snapshot.svg")
        }
    }

    @Test func recordingWritesTheFileAndStillFails() throws {
        let project = try ScratchProject(prefix: "weave-snapshot-tests")
        defer { project.remove() }
        let folder = Snapshots(directory: project.root.appendingPathComponent("Snapshots"), suite: "SnapshotTests")
        withKnownIssue("recording must never pass") {
            folder.assertMatches("<svg/>", named: "new.svg", recording: true)
        }
        #expect(try project.read("Snapshots/new.svg") == "<svg/>")
        folder.assertMatches("<svg/>", named: "new.svg", recording: false)
    }

    @Test func everyGoldenIsWellFormedXML() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: snapshots.directory.path)
            .filter { $0.hasSuffix(".svg") }.sorted()
        #expect(names.count >= 7)
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: snapshots.directory.appendingPathComponent(name).path))
            #expect(XMLCheck.isWellFormed(String(decoding: data, as: UTF8.self)), "\(name) is not well-formed")
        }
    }

    @Test func malformedXMLIsDetected() {
        #expect(XMLCheck.isWellFormed("<svg><title>a &amp; b</title></svg>"))
        #expect(!XMLCheck.isWellFormed("<svg><title>a & b</title></svg>"))
    }
}
