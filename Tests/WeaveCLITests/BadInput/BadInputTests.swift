import Testing

/// The bad-input corpus: every case prints exactly its diagnostics and exits with its status.
/// Fine cases (an empty notebook, one without nn blocks, a diverging training) exit with 0 and
/// still make a page.
@Suite struct BadInputTests {
    static let corpus = BadInputCase.syntax + BadInputCase.values + BadInputCase.names
        + BadInputCase.dataFiles + BadInputCase.markdown + BadInputCase.runTime + BadInputCase.limits

    @Test func theCorpusIsLargeAndNamesAreUnique() {
        #expect(Self.corpus.count >= 60)
        #expect(Set(Self.corpus.map(\.name)).count == Self.corpus.count)
    }

    @Test(arguments: corpus)
    func producesExactlyItsDiagnostics(_ input: BadInputCase) throws {
        let result = try input.run()
        #expect(result.stderr == input.stderr)
        #expect(result.status == input.status)
        #expect(result.hasPage == (input.status == 0), "a page is made exactly when the build succeeds")
    }
}
