import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page read by a real parser, flattened into its elements and text, so tests judge the tree a
/// browser builds rather than what a grep finds.
///
/// weave writes HTML5 that is also well-formed XML (void elements as `<br/>`, every attribute
/// quoted, text escaped by one function, cmark's own output likewise), and for such markup an
/// XML parser and a browser's HTML parser build the same elements and attributes. The parser is
/// strict: a page that is not well-formed is itself a problem, reported with its line and column.
/// (Foundation's XMLParser needs no system library beyond what Swift ships, so `swift test` keeps
/// running on a machine that has only libcmark installed.)
struct ParsedPage {
    struct Element {
        /// As written, lowercased (SVG and MathML elements too).
        var name: String
        var attributes: [(name: String, value: String)]
    }

    private(set) var elements: [Element] = []
    /// Every run of text between two tags, in document order.
    private(set) var texts: [String] = []
    /// Why the page is not well-formed, or nil when it is.
    private(set) var parseError: String?

    init(html: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        // On Linux `parse()` can return true after an error; the recorded error is what counts.
        if !parser.parse() || parser.parserError != nil {
            parseError = "line \(parser.lineNumber), column \(parser.columnNumber): "
                + (parser.parserError.map { "\($0)" } ?? "not well-formed")
        }
        collector.flushText()
        elements = collector.elements
        texts = collector.texts
    }

    /// Everything a page must not contain for its reader to be safe: script elements, event
    /// handler attributes, and URLs that run code. One line per problem; a page that does not
    /// parse is a problem too.
    var problems: [String] {
        var problems: [String] = []
        if let parseError { problems.append("not well-formed: \(parseError)") }
        for element in elements {
            if ["script", "iframe", "object", "embed", "base"].contains(element.name) {
                problems.append("<\(element.name)> element")
            }
            for attribute in element.attributes {
                let name = attribute.name.lowercased()
                if name.hasPrefix("on") { problems.append("\(name) attribute on <\(element.name)>") }
                if Self.urlAttributes.contains(name) && Self.runsCode(attribute.value) {
                    problems.append("\(name)=\"\(attribute.value)\" on <\(element.name)>")
                }
            }
        }
        return problems
    }

    static let urlAttributes: Set<String> = [
        "href", "src", "xlink:href", "action", "formaction", "data", "poster", "background", "srcset",
    ]

    /// Whether a URL runs code when followed, as browsers read it: ASCII whitespace and control
    /// characters are ignored and the scheme is case-insensitive.
    static func runsCode(_ url: String) -> Bool {
        let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        return ["javascript:", "vbscript:", "data:text/html", "data:image/svg"].contains { squeezed.hasPrefix($0) }
    }

    /// Gathers elements and text as the parser reports them.
    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var texts: [String] = []
        private var pendingText = ""

        func flushText() {
            if !pendingText.isEmpty { texts.append(pendingText) }
            pendingText = ""
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            flushText()
            // Attribute order is lost by the parser's dictionary: sort for stable reports.
            let pairs = attributes.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
            elements.append(Element(name: elementName.lowercased(), attributes: pairs))
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            flushText()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            pendingText += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            pendingText += String(decoding: CDATABlock, as: UTF8.self)
        }
    }
}
