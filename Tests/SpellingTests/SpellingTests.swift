import Spelling
import Testing

@Suite struct SpellingTests {
    @Test(arguments: [
        ("tanh", "tahn", 1), ("sigmoid", "sigmod", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3),
        ("abc", "abc", 0), ("ca", "abc", 3), ("titel", "title", 1), ("fracc", "frac", 1), ("alpah", "alpha", 1),
        ("label", "lable", 1), ("Class", "class", 0), ("flaw", "lawn", 2),
    ])
    func distanceIsOptimalStringAlignmentIgnoringCase(a: String, b: String, expected: Int) {
        #expect(Spelling.distance(a, b) == expected)
        #expect(Spelling.distance(b, a) == expected)
    }

    @Test(arguments: [(1, 1), (5, 1), (6, 2), (8, 2), (9, 3), (30, 3)])
    func longerWordsMayBeFurtherOff(length: Int, edits: Int) {
        #expect(Spelling.allowedEdits(for: String(repeating: "a", count: length)) == edits)
    }

    @Test func offersOnlyCloseCandidatesAndTheFirstOfEquals() {
        #expect(Spelling.nearest(to: "tahn", among: ["sigmoid", "tanh", "relu"]) == "tanh")
        #expect(Spelling.nearest(to: "sgd", among: ["gd", "momentum", "adam"]) == "gd")
        #expect(Spelling.nearest(to: "EPOCHS", among: ["epochs", "rate"]) == "epochs")
        #expect(Spelling.nearest(to: "Hide", among: ["hide", "caption"]) == "hide")
        #expect(Spelling.nearest(to: "captoin", among: ["hide", "caption", "label", "size"]) == "caption")
        #expect(Spelling.nearest(to: "sizes", among: ["hide", "caption", "label", "size"]) == "size")
        #expect(Spelling.nearest(to: "matirx", among: ["matrix", "pmatrix"]) == "matrix")
        #expect(Spelling.nearest(to: "lamda", among: ["alpha", "lambda", "mu"]) == "lambda")
        #expect(Spelling.nearest(to: "x3", among: ["x1", "x2"]) == "x1")
        #expect(Spelling.nearest(to: "sigmaa", among: ["Sigma", "sigma"]) == "sigma", "case breaks ties")
        #expect(Spelling.nearest(to: "Sigmaa", among: ["sigma", "Sigma"]) == "Sigma")
        #expect(Spelling.distance("Sigma", "sigma", ignoringCase: false) == 1)
        #expect(Spelling.nearest(to: "clas", among: ["class", "glass"]) == "class")
        #expect(Spelling.nearest(to: "glorot", among: ["normal", "uniform", "xavier"]) == nil)
        #expect(Spelling.nearest(to: "colour", among: ["hide", "caption", "label", "size"]) == nil)
        #expect(Spelling.nearest(to: "target", among: ["x1", "x2", "y"]) == nil)
        #expect(Spelling.nearest(to: "ab", among: ["in"]) == nil)
        #expect(Spelling.nearest(to: "y", among: []) == nil)
        #expect(Spelling.nearest(to: "rate", among: ["rate"]) == nil, "the word itself is not a suggestion")
    }

    @Test func theHintIsOneFixedPhrase() {
        #expect(Spelling.didYouMean("captoin", among: ["caption"]) == "did you mean 'caption'?")
        #expect(Spelling.didYouMean("zzz", among: ["caption"]) == nil)
    }
}
