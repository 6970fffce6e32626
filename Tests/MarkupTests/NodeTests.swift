import Markup
import Testing

@Suite struct NodeTests {
    @Test func textIsEscaped() {
        let node = Node.element("p", [.text("a < b & \"c\" ]]> </svg><script>")])
        #expect(node.render() == "<p>a &lt; b &amp; \"c\" ]]&gt; &lt;/svg&gt;&lt;script&gt;</p>")
    }

    @Test func attributeValuesAreEscaped() {
        let node = Node.element("a", ["title": "\"><img src=x onerror=alert(1)>"], [])
        #expect(node.render() == "<a title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"></a>")
    }

    @Test func attributesKeepTheirOrder() {
        let node = Node.element("rect", ["x": "1", "y": "2", "width": "3"], [])
        #expect(node.render(.xml) == "<rect x=\"1\" y=\"2\" width=\"3\"/>")
    }

    @Test func voidElementsInHTML() {
        #expect(Node.element("br", []).render() == "<br/>")
        #expect(Node.element("div", []).render() == "<div></div>")
        #expect(Node.element("meta", ["charset": "utf-8"], []).render() == "<meta charset=\"utf-8\"/>")
    }

    @Test func trustedMarkupPassesAsItIs() {
        let node = Node.fragment([.trusted("<b>x</b>"), .text("<b>")])
        #expect(node.render() == "<b>x</b>&lt;b&gt;")
    }

    @Test(arguments: [
        ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        ("bell\u{07}nul\u{00}", "bellnul"),
        ("del\u{7F}end", "delend"),
        ("\u{FFFE}x\u{FFFF}", "x"),
        ("ünïcødé ∂E/∂w", "ünïcødé ∂E/∂w"),
    ])
    func charactersXMLForbidsAreDropped(input: String, expected: String) {
        #expect(input.escapedForMarkup(inAttribute: false) == expected)
    }

    @Test func quotesOnlyEscapedInAttributes() {
        #expect("it's \"so\"".escapedForMarkup(inAttribute: false) == "it's \"so\"")
        #expect("it's \"so\"".escapedForMarkup(inAttribute: true) == "it&#39;s &quot;so&quot;")
    }
}
