@testable import NotebookLanguage
import Testing

@Suite struct EastAsianTextTests {
    @Test(arguments: [
        ("abc", 3), ("数据", 4), ("数据 x", 6), ("，", 2), ("ｘ", 2), ("한국", 4), ("カタ", 4),
        ("e\u{301}", 1), ("\u{200B}", 0), ("😀", 2), ("ﾊ", 1), ("𠀀", 2),
    ])
    func displayWidthCountsWideCharactersTwice(text: String, width: Int) {
        #expect(EastAsianText.displayWidth(text) == width)
    }

    @Test func scriptsWrittenWithoutSpaces() {
        for scalar in ["数", "，", "。", "か", "カ", "ｘ", "「"] as [Unicode.Scalar] {
            #expect(EastAsianText.isWrittenWithoutSpaces(scalar), "\(scalar)")
        }
        for scalar in ["a", "1", " ", "한", "é", ","] as [Unicode.Scalar] {
            #expect(!EastAsianText.isWrittenWithoutSpaces(scalar), "\(scalar)")
        }
    }
}
