@testable import Notebook
import Testing

/// A soft line break between two characters of a script written without spaces is dropped.
@Suite struct SoftBreakTests {
    static func html(_ text: String) -> String {
        MarkdownDocument(fileName: "a.md", text: text).html(blockHTML: [:], mathHTML: [:], referenceHTML: [:])
    }

    @Test(arguments: [
        ("神经网络，\n然后画出", "<p>神经网络，然后画出</p>\n"),
        ("否则为零——\n那么", "<p>否则为零——那么</p>\n"),
        ("先训练\n网络", "<p>先训练网络</p>\n"),
        ("かな\nカナ", "<p>かなカナ</p>\n"),
        ("> 引用的\n> 第二行", "<blockquote>\n<p>引用的第二行</p>\n</blockquote>\n"),
        ("- 列表\n  继续", "<ul>\n<li>列表继续</li>\n</ul>\n"),
        ("新的特征，\n**输出层**把", "<p>新的特征，<strong>输出层</strong>把</p>\n"),
        ("见*图*\n[链接](a.html)", "<p>见<em>图</em><a href=\"a.html\">链接</a></p>\n"),
    ])
    func dropsTheBreakBetweenTwoCJKCharacters(text: String, html: String) {
        #expect(Self.html(text) == html)
    }

    @Test(arguments: [
        ("one\ntwo", "<p>one\ntwo</p>\n"),
        ("wait—\nwhat", "<p>wait—\nwhat</p>\n"),
        ("中文\nEnglish", "<p>中文\nEnglish</p>\n"),
        ("English\n中文", "<p>English\n中文</p>\n"),
        ("한국어\n문장", "<p>한국어\n문장</p>\n"),
        ("中文 *emph*\n中文", "<p>中文 <em>emph</em>\n中文</p>\n"),
        ("中文 `code`\n中文", "<p>中文 <code>code</code>\n中文</p>\n"),
    ])
    func keepsOtherBreaks(text: String, html: String) {
        #expect(Self.html(text) == html)
    }

    @Test func aHardBreakStays() {
        #expect(Self.html("中文\\\n中文") == "<p>中文<br />\n中文</p>\n")
    }
}
