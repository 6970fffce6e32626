import CGumbo

/// A page parsed by a real HTML5 parser (gumbo), flattened into the elements and text a browser
/// would build, so tests judge what a browser sees rather than what a grep finds.
struct ParsedPage {
    struct Element {
        /// Lowercased, as the parser reports it (SVG and MathML elements too).
        var name: String
        var attributes: [(name: String, value: String)]
    }

    private(set) var elements: [Element] = []
    /// Every text node's text, in document order.
    private(set) var texts: [String] = []

    init(html: String) {
        guard let output = gumbo_parse(html) else { return }
        defer { gumbo_destroy_output(withUnsafePointer(to: kGumboDefaultOptions) { $0 }, output) }
        walk(output.pointee.root)
    }

    /// Everything a page must not contain for its reader to be safe: script elements, event
    /// handler attributes, and URLs that run code. One line per problem. (Gumbo names attributes
    /// without their namespace prefix: SVG's `xlink:href` is `href`.)
    var problems: [String] {
        var problems: [String] = []
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

    private mutating func walk(_ node: UnsafeMutablePointer<GumboNode>) {
        switch node.pointee.type {
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            let element = node.pointee.v.element
            elements.append(Element(name: Self.name(of: element), attributes: Self.attributes(of: element)))
            for child in Self.pointers(element.children) {
                walk(child.assumingMemoryBound(to: GumboNode.self))
            }
        case GUMBO_NODE_TEXT, GUMBO_NODE_CDATA, GUMBO_NODE_WHITESPACE:
            texts.append(String(cString: node.pointee.v.text.text))
        default:
            break
        }
    }

    private static func name(of element: GumboElement) -> String {
        guard element.tag == GUMBO_TAG_UNKNOWN else { return String(cString: gumbo_normalized_tagname(element.tag)) }
        // Unknown tags keep their source text ("<foreignObject …"): the name runs to the first
        // space, '/' or '>'.
        var piece = element.original_tag
        // An element the parser made up has no source text; gumbo asserts on that.
        guard let start = piece.data, piece.length > 1, start[0] == CChar(UInt8(ascii: "<")),
              start[piece.length - 1] == CChar(UInt8(ascii: ">")) else { return "" }
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data else { return "" }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self),
                                        count: piece.length)
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    private static func attributes(of element: GumboElement) -> [(name: String, value: String)] {
        pointers(element.attributes).map { pointer in
            let attribute = pointer.assumingMemoryBound(to: GumboAttribute.self).pointee
            return (String(cString: attribute.name), String(cString: attribute.value))
        }
    }

    private static func pointers(_ vector: GumboVector) -> [UnsafeMutableRawPointer] {
        (0..<Int(vector.length)).compactMap { vector.data[$0] }
    }
}
