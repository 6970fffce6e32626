import Foundation
import Testing

@Suite struct SnapshotTests {
    @Test(.enabled(if: !Snapshot.isRecording)) func differentOrMissingSnapshotsFail() {
        withKnownIssue("a changed figure must fail") {
            Snapshot.assertMatches("<svg/>", named: "loss.svg")
        }
        withKnownIssue("a missing golden must fail") {
            Snapshot.assertMatches("<svg/>", named: "no-such-snapshot.svg")
        }
    }

    @Test func everyGoldenIsWellFormedXML() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Snapshot.directory.path)
            .filter { $0.hasSuffix(".svg") }.sorted()
        #expect(names.count >= 7)
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: Snapshot.directory.appendingPathComponent(name).path))
            #expect(Snapshot.isWellFormedXML(String(decoding: data, as: UTF8.self)), "\(name) is not well-formed")
        }
    }

    @Test func malformedXMLIsDetected() {
        #expect(Snapshot.isWellFormedXML("<svg><title>a &amp; b</title></svg>"))
        #expect(!Snapshot.isWellFormedXML("<svg><title>a & b</title></svg>"))
    }
}
