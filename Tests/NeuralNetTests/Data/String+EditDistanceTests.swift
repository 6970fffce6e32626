import Testing
@testable import NeuralNet

@Suite struct StringEditDistanceTests {
    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("label", "lable", 1), ("ca", "abc", 3), ("Class", "class", 0),
                      ("flaw", "lawn", 2), ("same", "same", 0)])
    func distance(a: String, b: String, expected: Int) {
        #expect(a.editDistance(to: b) == expected)
        #expect(b.editDistance(to: a) == expected)
    }

    @Test func closestNeedsToBeClose() {
        #expect("lable".closest(among: ["x1", "x2", "label"]) == "label")
        #expect("clas".closest(among: ["class", "glass"]) == "class")
        #expect("target".closest(among: ["x1", "x2", "y"]) == nil)
        #expect("y".closest(among: []) == nil)
        #expect("ab".closest(among: ["xy"]) == nil)
        #expect("x3".closest(among: ["x1", "x2"]) == "x1")
    }
}
