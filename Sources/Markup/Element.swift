/// One element of a ``Node`` tree: a name, ordered attributes and children.
public struct Element: Equatable, Sendable {
    public var name: String
    public var attributes: [Attribute]
    public var children: [Node]

    public init(_ name: String, _ attributes: [(String, String)] = [], _ children: [Node] = []) {
        precondition(Element.isValidName(name), "invalid element name '\(name)'")
        self.name = name
        self.attributes = attributes.map { Attribute(name: $0.0, value: $0.1) }
        self.children = children
    }

    /// HTML elements that never have content or a closing tag.
    static let htmlVoidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ]

    /// Names come from weave's own code, never from a notebook: letters, digits, `-` and `:`.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || scalar == "-" || scalar == ":" || scalar == "_"
        }
    }

    func write(to output: inout String, syntax: Syntax) {
        output += "<" + name
        for attribute in attributes {
            output += " " + attribute.name + "=\"" + attribute.value.escapedForMarkup(inAttribute: true) + "\""
        }
        if children.isEmpty {
            switch syntax {
            case .xml:
                output += "/>"
                return
            case .html where Element.htmlVoidElements.contains(name):
                // `<br/>` is valid HTML5 and keeps pages well-formed XML too, as cmark's own
                // output is, so tests can read every page with an XML parser.
                output += "/>"
                return
            case .html:
                break
            }
        }
        output += ">"
        for child in children { child.write(to: &output, syntax: syntax) }
        output += "</" + name + ">"
    }
}

/// One attribute of an ``Element``; its value is escaped when written.
public struct Attribute: Equatable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        precondition(Element.isValidName(name), "invalid attribute name '\(name)'")
        precondition(!name.lowercased().hasPrefix("on"), "event-handler attributes are never written")
        self.name = name
        self.value = value
    }
}
