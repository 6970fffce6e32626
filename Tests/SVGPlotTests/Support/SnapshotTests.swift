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

    @Test func malformedXMLIsDetected() {
        #expect(Snapshot.isWellFormedXML("<svg><title>a &amp; b</title></svg>"))
        #expect(!Snapshot.isWellFormedXML("<svg><title>a & b</title></svg>"))
    }
}
